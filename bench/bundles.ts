import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a phone downloads before the first screen shows: the HTML (with the script and styles
 * written into it), every script, style and preloaded module it references, and every module
 * those scripts import statically (inline scripts' imports included), gzipped as a server would
 * send them. The budgets (ARCHITECTURE.md) are 30 KiB for the survivor app and 250 KiB for the
 * console.
 */
export async function firstScreenGzipBytes(distDir: string): Promise<number> {
  const html = await readFile(path.join(distDir, 'index.html'));
  const page = html.toString('utf8');
  const referenced = [...page.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/[^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((ref) => /\.(?:js|css)$/.test(ref));
  const inlineScripts = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const pending = [
    ...referenced,
    ...inlineScripts.flatMap((match) => staticImports(match[1] ?? '', '/')),
  ];
  const base = path.basename(distDir) === 'dist' ? distDir : path.dirname(distDir);
  let total = gzipSync(html, { level: 9 }).length;
  const counted = new Set<string>();
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (counted.has(ref)) continue;
    counted.add(ref);
    // Strip the app's base path (`/console/assets/…` lives at `dist/assets/…`).
    const bytes = await readFile(path.join(base, ref.replace(/^\/(?:console\/)?/, '')));
    total += gzipSync(bytes, { level: 9 }).length;
    if (ref.endsWith('.js')) pending.push(...staticImports(bytes.toString('utf8'), ref));
  }
  return total;
}

/**
 * The modules a built script imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), as paths from the site's root. Dynamic `import()` is left out:
 * those modules load on demand, unless the page preloads them (then they are referenced above).
 */
export function staticImports(code: string, from: string): string[] {
  const directory = from.endsWith('/') ? from : path.posix.dirname(from);
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?(["'`])([^"'`]+)\1/g)]
    .map((match) => match[2] ?? '')
    .filter((specifier) => /^\.{0,2}\//.test(specifier) && /\.(?:js|css)$/.test(specifier))
    .map((specifier) => path.posix.resolve(directory, specifier));
}
