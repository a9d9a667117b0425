// Renderer entry: mounts the app and starts it (language, first scenario, live solve).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from 'zod';
import { App } from './app/App';
import { startApp } from './app/startup';
import './app/styles.css';

// Strict CSP forbids eval: keep zod from probing `new Function` for its JIT.
config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startApp();
