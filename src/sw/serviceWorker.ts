/**
 * The service worker: the app works offline after one visit. The build (build/offline.ts) writes the list
 * of every file it made and a version computed from their contents into this script, so a new build is a
 * new script: the browser installs it, it fetches the new files into a cache of its own, takes over, and
 * deletes the caches of older builds. Navigations try the network first, so a reader online always gets
 * the newest build's page; the hashed assets never change and come from the cache first.
 */

/** The built files, relative to the worker's scope (the folder the app is served from). */
declare const __PRECACHE__: readonly string[];
/** A hash of the build's contents. */
declare const __BUILD__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'pagerlab-';
const CACHE = `${PREFIX}${__BUILD__}`;
const scope = sw.registration.scope;
const PRECACHE = new Set(__PRECACHE__.map((path) => new URL(path, scope).href));
const SHELL = new URL('index.html', scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'reload': past the HTTP cache, so a stale index.html from before the deploy is not kept for good.
      await cache.addAll([...PRECACHE].map((url) => new Request(url, { cache: 'reload' })));
      // Safe to take over at once: the assets are content-hashed, so a page still open from the previous
      // build that asks for its own files again falls through to the network, never to mismatched files.
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      await sw.clients.claim();
    })(),
  );
});

/** The page: from the network when there is one (a new build shows at once), else the cached shell. */
async function navigate(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (err) {
    const shell = await caches.match(SHELL, { cacheName: CACHE });
    if (shell) return shell;
    throw err;
  }
}

/** A built file: it never changes under its name, so the cache answers first. */
async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate' && url.href.startsWith(scope)) event.respondWith(navigate(request));
  else if (PRECACHE.has(url.href)) event.respondWith(asset(request));
  // Anything else (nothing, today) goes to the network as if there were no worker.
});
