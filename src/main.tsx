import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { OutcomePage } from './app/OutcomePage.tsx';
import './app/outcome.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <OutcomePage />
  </StrictMode>,
);
