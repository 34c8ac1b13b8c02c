import preact from '@preact/preset-vite';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a gzip and a brotli copy beside every text file of the build: the server sends the one
 * the browser accepts (`preCompressed` in `apps/server/src/http/web-apps.ts`), so a listener on
 * a weak connection downloads a third of the bytes without the server compressing per request.
 */
function precompress(): Plugin {
  const compressible = /\.(?:js|css|html|svg|json)$/;
  const walk = (folder: string): string[] =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
      );
  return {
    name: 'sanad-console-precompress',
    writeBundle(options) {
      const dir = options.dir ?? path.join(import.meta.dirname, 'dist');
      for (const file of walk(dir).filter((name) => compressible.test(name))) {
        const bytes = fs.readFileSync(file);
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(bytes, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
          }),
        );
      }
    },
  };
}

/**
 * The staff console is served under `/console/` by the Sanad server (budget: first screen
 * ≤ 250 KB gzip). Like the survivor app it obeys a strict CSP: no inline scripts, no remote
 * resources. In development, API calls go to a server running on the default port.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [preact(), precompress()],
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
