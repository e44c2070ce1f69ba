// Builds the React renderer once for both hosts: Electron loads it from its app:// scheme,
// the web host serves it over HTTP. Relative asset URLs keep it independent of where it is mounted.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Resolved from this file, so a build started from any working directory finds the renderer.
  root: fileURLToPath(new URL('renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The CSP allows scripts and styles from the app's own origin only, so nothing may be inlined.
    assetsInlineLimit: 0,
  },
});
