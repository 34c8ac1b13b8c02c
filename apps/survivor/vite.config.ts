import preact from '@preact/preset-vite';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `shell.json`: every script, style sheet and woff2 font of the build, lazily loaded
 * journeys included. The service worker stores them all at install, so a report can be filled
 * in (and kept for later) on a phone that has gone offline since its first visit.
 */
function shellList(): Plugin {
  return {
    name: 'sanad-shell-list',
    // After writing, so only files that really ship are listed (CSS-only chunks leave none).
    writeBundle(options) {
      const dir = options.dir ?? path.join(import.meta.dirname, 'dist');
      const assets = fs
        .readdirSync(path.join(dir, 'assets'))
        .filter((file) => /\.(js|css|woff2)$/.test(file))
        .map((file) => `/assets/${file}`)
        .sort();
      fs.writeFileSync(path.join(dir, 'shell.json'), JSON.stringify(assets));
    },
  };
}

/**
 * The survivor app is served at `/`. It must stay tiny (first screen ≤ 30 KB gzip JS+CSS) and
 * obey a strict CSP (`script-src 'self'`): no inline scripts, no remote resources, no
 * module-preload polyfill (every browser we target supports `modulepreload`).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preact(), shellList()],
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
