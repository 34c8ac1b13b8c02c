import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a phone downloads before the first screen shows: the HTML and every script, style and
 * preloaded module it references, gzipped as a server would send them. The budgets
 * (ARCHITECTURE.md) are 30 KiB for the survivor app and 250 KiB for the console.
 */
export async function firstScreenGzipBytes(distDir: string): Promise<number> {
  const html = await readFile(path.join(distDir, 'index.html'));
  const references = [
    ...html.toString('utf8').matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/[^"]+)"/g),
  ]
    .map((match) => match[1] ?? '')
    .filter((ref) => /\.(?:js|css)$/.test(ref));
  const base = path.basename(distDir) === 'dist' ? distDir : path.dirname(distDir);
  let total = gzipSync(html, { level: 9 }).length;
  for (const ref of new Set(references)) {
    // Strip the app's base path (`/console/assets/…` lives at `dist/assets/…`).
    const relative = ref.replace(/^\/(?:console\/)?/, '');
    total += gzipSync(await readFile(path.join(base, relative)), { level: 9 }).length;
  }
  return total;
}
