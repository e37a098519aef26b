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

// Before anything renders: from here on only the editor's nonced <style> applies (see stylePolicy.ts). Not in
// development, where Vite injects the stylesheets as <style> elements of its own.
if (import.meta.env.PROD) lockInlineStyles();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Only the build has a service worker: in development it would serve stale modules.
if (import.meta.env.PROD) registerServiceWorker();

createRoot(root).render(<StrictMode>{isEmbed(location.search) ? <EmbedApp /> : <App />}</StrictMode>);
