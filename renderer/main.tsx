// Renderer entry: mounts the app. Styles come in as a file (the CSP allows no inline script).
// First: sends the start requests before the rest of the app's code has even run.
import './app/start-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
