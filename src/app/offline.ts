/** The page's side of working offline: registering the service worker the build writes (build/offline.ts). */

/**
 * Registers `sw.js` from the app's own folder, whatever path the app is served under. After the page has
 * loaded, so the first visit's own downloads go first. A browser without service workers (or a page opened
 * from a file) simply works online only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    // updateViaCache 'none': the browser asks the host for sw.js itself on each check, so a deploy shows.
    navigator.serviceWorker
      .register(new URL('sw.js', document.baseURI), { updateViaCache: 'none' })
      .catch((err: unknown) => console.warn('pagerlab will not work offline:', err));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
