// Vite build of the renderer (React) into dist/renderer/, loaded by Electron and served by the browser host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same bundle loads from file:// (Electron) and http://127.0.0.1 (browser host).
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Strict CSP: no data: URLs for assets, no inline scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
  },
});
