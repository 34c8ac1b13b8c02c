import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { firstScreenGzipBytes, staticImports } from './bundles.ts';

const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'sanad-bundles-')), 'dist');
afterAll(() => {
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

const files: Record<string, string> = {
  'index.html': [
    '<html><head><link rel="modulepreload" crossorigin href="/assets/journey.js">',
    '<style>body{margin:0}</style></head><body><div id="app"></div>',
    '<script type="module">import{h}from"/assets/shared.js";import(`/assets/later.js`);h()</script>',
    '</body></html>',
  ].join(''),
  // Imported by the inline script, and importing a module of its own in turn.
  'assets/shared.js': 'import"./runtime.js";export const h=()=>"shared";',
  'assets/runtime.js': 'export const r="runtime";'.repeat(20),
  // Preloaded by the page: on the wire with the first screen.
  'assets/journey.js': 'import{h as e}from"./shared.js";export const j=e();',
  // Loaded on demand only: not part of the first screen.
  'assets/later.js': 'export const later="later";'.repeat(50),
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
}
const gzipped = (file: string) => gzipSync(files[file] ?? '', { level: 9 }).length;

describe('the first screen', () => {
  it('counts the page, what it preloads, and what its scripts import statically, once each', async () => {
    const expected = ['index.html', 'assets/shared.js', 'assets/runtime.js', 'assets/journey.js']
      .map(gzipped)
      .reduce((sum, bytes) => sum + bytes, 0);
    expect(await firstScreenGzipBytes(dist)).toBe(expected);
  });

  it('reads static imports from built code, relative or absolute, and leaves import() out', () => {
    const code =
      'import{a as e}from"./a.js";import"./b.css";export{c}from"/assets/c.js";import(`./d.js`)';
    expect(staticImports(code, '/assets/x.js')).toEqual([
      '/assets/a.js',
      '/assets/b.css',
      '/assets/c.js',
    ]);
  });
});
