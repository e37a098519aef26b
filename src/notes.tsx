import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { NarrationWindow } from './app/present/NarrationWindow.tsx';
import './app/app.css';
import './app/present/presenter.css';

// The narration window's own page: it runs no engine and keeps no address; it follows the presenter's window.
const root = document.getElementById('root');
if (!root) throw new Error('notes.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <NarrationWindow />
  </StrictMode>,
);
