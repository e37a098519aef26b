import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';
import './app/app.css';
import { recentScenarios } from './share/drafts.ts';
import { connectAddress } from './store/address.ts';
import { connectEngine } from './store/bridge.ts';
import { connectDrafts } from './store/draftSync.ts';
import { appStore } from './store/store.ts';
import { startTicker } from './store/ticker.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Wiring, once for the page: the worker bridge first, so the address's first load reaches it.
connectEngine(appStore);
startTicker(appStore, {
  now: () => performance.now(),
  frame: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
});
// Drafts before the address, so the session the address opens (a link, a draft) is the drafts' to see.
connectDrafts(appStore, recentScenarios);
connectAddress(appStore, window, { recent: recentScenarios });
matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', (e) =>
  appStore.getState().setReducedMotion(e.matches),
);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
