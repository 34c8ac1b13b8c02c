import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The staff console is served under `/console/` by the Sanad server (budget: first screen
 * ≤ 250 KB gzip). Like the survivor app it obeys a strict CSP: no inline scripts, no remote
 * resources. In development, API calls go to a server running on the default port.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
