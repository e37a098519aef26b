/**
 * The page's wiring, once: the store to the engine worker, the clock, the drafts and the address. A
 * module of its own, imported first by boot.tsx, so it runs before React and the views have even been
 * evaluated: the address's first load reaches the worker (started by main.tsx) tens of milliseconds
 * sooner, and its reply is often in before React's first render, which then draws the machine at once.
 */

import { isEmbed } from './app/embed.ts';
import { recentScenarios } from './share/drafts.ts';
import { connectAddress } from './store/effects/address.ts';
import { connectEngine } from './store/effects/bridge.ts';
import { connectLessons } from './store/effects/lessonBridge.ts';
import { connectCompare } from './store/effects/compareBridge.ts';
import { connectDrafts } from './store/effects/draftSync.ts';
import { appStore } from './store/store.ts';
import { startTicker } from './store/effects/ticker.ts';

// The worker bridge first, so the address's first load reaches it.
const engine = connectEngine(appStore);
connectLessons(appStore, engine.client);
connectCompare(appStore);
startTicker(appStore, {
  now: () => performance.now(),
  frame: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
});
// Drafts before the address, so the session the address opens (a link, a draft) is the drafts' to see.
// An embed on a course page is a reader's view: it keeps no drafts.
if (!isEmbed(location.search))
  connectDrafts(appStore, recentScenarios, { onSave: (r) => appStore.getState().draftSaved(r) });
connectAddress(appStore, window, { recent: recentScenarios });
matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', (e) =>
  appStore.getState().setReducedMotion(e.matches),
);
