// The page: main.tsx has started the engine worker and loads this module.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';
import { isEmbed } from './app/embed.ts';
import { EmbedApp } from './app/EmbedApp.tsx';
import { registerServiceWorker } from './app/offline.ts';
import { lockInlineStyles } from './app/stylePolicy.ts';
import './app/app.css';
import { recentScenarios } from './share/drafts.ts';
import { connectAddress } from './store/address.ts';
import { connectEngine } from './store/bridge.ts';
import { connectLessons } from './store/lessonBridge.ts';
import { connectCompare } from './store/compareBridge.ts';
import { connectDrafts } from './store/draftSync.ts';
import { appStore } from './store/store.ts';
import { startTicker } from './store/ticker.ts';

// Before anything renders: from here on only the editor's nonced <style> applies (see stylePolicy.ts). Not in
// development, where Vite injects the stylesheets as <style> elements of its own.
if (import.meta.env.PROD) lockInlineStyles();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Wiring, once for the page: the worker bridge first, so the address's first load reaches it.
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
if (!isEmbed(location.search)) connectDrafts(appStore, recentScenarios);
connectAddress(appStore, window, { recent: recentScenarios });
matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', (e) =>
  appStore.getState().setReducedMotion(e.matches),
);

// Only the build has a service worker: in development it would serve stale modules.
if (import.meta.env.PROD) registerServiceWorker();

createRoot(root).render(<StrictMode>{isEmbed(location.search) ? <EmbedApp /> : <App />}</StrictMode>);
