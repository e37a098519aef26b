// The page: main.tsx has started the engine worker and loads this module. The wiring first (wiring.ts).
import './wiring.ts';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';
import { isEmbed } from './app/embed.ts';
import { EmbedApp } from './app/EmbedApp.tsx';
import { registerServiceWorker } from './app/offline.ts';
import { lockInlineStyles } from './app/stylePolicy.ts';
import './app/app.css';
import { selectFirstSettled } from './store/selectors.ts';
import { appStore } from './store/store.ts';

/**
 * Runs `then` once the page has settled its first load (selectFirstSettled) and has a moment to spare:
 * not in the task that draws the machine. Safari has no requestIdleCallback: a timer then.
 */
function afterFirstDraw(then: () => void): void {
  const later = () =>
    'requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 0);
  if (selectFirstSettled(appStore.getState())) return void later();
  const unsubscribe = appStore.subscribe((s) => {
    if (!selectFirstSettled(s)) return;
    unsubscribe();
    later();
  });
}

// Before anything renders: from here on only the editor's nonced <style> applies (see stylePolicy.ts). Not in
// development, where Vite injects the stylesheets as <style> elements of its own.
if (import.meta.env.PROD) lockInlineStyles();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Only the build has a service worker: in development it would serve stale modules. Once the first
// machine is drawn (or the first load has failed): its install downloads every file of the app, which on
// a first visit only competed with the page's own downloads and the worker's first run.
if (import.meta.env.PROD) afterFirstDraw(registerServiceWorker);

createRoot(root).render(<StrictMode>{isEmbed(location.search) ? <EmbedApp /> : <App />}</StrictMode>);
