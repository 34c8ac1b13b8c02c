import preact from '@preact/preset-vite';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isLocale } from '@sanad/core/locales';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { localeWords } from './src/i18n/locale-words.ts';

/**
 * Writes `shell.json`: every script, style sheet and woff2 font of the build, lazily loaded
 * journeys included. The service worker stores them all at install, so a report can be filled
 * in (and kept for later) on a phone that has gone offline since its first visit. Then writes
 * the compressed copies of every file (`precompress`).
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
      precompress(dir);
    },
  };
}

/**
 * Writes a gzip and a brotli copy beside every text file of the build: the server sends the one
 * the browser accepts (`preCompressed`), so a phone on 50 KB/s downloads a third of the bytes
 * without the server compressing anything per request.
 */
function precompress(dir: string): void {
  const compressible = /\.(?:js|css|html|svg|json|webmanifest)$/;
  const walk = (folder: string): string[] =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
      );
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
}

const WORDS_PREFIX = 'virtual:locale-words/';

/**
 * `virtual:locale-words/<locale>`: the domain's words in one language (i18n/locale-words.ts),
 * computed here at build time, so the phone never downloads the other three languages.
 */
function localeWordsModules(): Plugin {
  // What would bring the four languages back onto the phone: fails the build if shipped.
  const fourLanguages =
    /packages\/core\/src\/(intake|risk|territory|vocabulary)\/|src\/i18n\/(locale-words|flow-messages\/index)\.ts$/;
  return {
    name: 'sanad-locale-words',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        const shipped =
          item.type === 'chunk' ? item.moduleIds.filter((id) => fourLanguages.test(id)) : [];
        if (shipped.length > 0) {
          throw new Error(`${item.fileName} ships words in four languages: ${shipped.join(', ')}`);
        }
      }
    },
    resolveId(id) {
      return id.startsWith(WORDS_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${WORDS_PREFIX}`)) return null;
      const locale = id.slice(WORDS_PREFIX.length + 1);
      if (!isLocale(locale)) throw new Error(`no such language: ${locale}`);
      return `export default ${JSON.stringify(localeWords(locale))};`;
    },
  };
}

/**
 * The report form and the parts the other journeys share with it (never a module of the first
 * screen: `preloadJourneys` fails the build if this chunk ends up in the entry's graph).
 */
const JOURNEY_MODULES = new RegExp(
  [
    'flows/(report-flow|report-steps|stepper-nav|use-submit|submitted-panel|receipt-card|saved-notice)',
    'components/(panel|text-field|choice-list|consent-list|contact-fields|place-picker|field-error)',
    'api/client',
    'forms/bodies',
    'offline/submit',
    'intake/options',
    'i18n/flow-messages/fill',
  ]
    .map((module) => `/src/${module}\\.tsx?$`)
    .join('|'),
);

/** Source files whose chunks (and their imports) the page preloads: see `preloadJourneys`. */
const PRELOADED = [
  'src/flows/report-flow.tsx',
  'src/flows/urgent-flow.tsx',
  'src/i18n/packs/ar.ts',
];

/**
 * Adds `<link rel="modulepreload">` for the two journeys a woman in danger opens first (the
 * report form, "I am in danger now") and the default language's words, with what they import.
 * On a slow link each round trip costs ~400 ms: fetched with the first screen, a form opens on
 * the first tap instead of after two more round trips (chunk, then its imports). Counted in the
 * first-screen budget (bench/bundles.ts), as it should be: these bytes share the link with the
 * first screen. They close the page, after the first screen's own script (`inlineFirstScreen`):
 * the browser asks for them once the page has arrived, so for that long the `shared` chunk,
 * which the home screen waits for, has the link to itself (on HTTP/1.1 parallel downloads split
 * it evenly, whatever their priority).
 */
function preloadJourneys(): Plugin {
  return {
    name: 'sanad-preload-journeys',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle: Rolldown.OutputBundle | undefined = context.bundle;
        if (!bundle) return html; // development server: nothing to preload
        const chunks = Object.values(bundle).filter(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk',
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const staticGraph = (start: Rolldown.OutputChunk, into: Set<string>) => {
          if (into.has(start.fileName)) return;
          into.add(start.fileName);
          for (const file of start.imports) {
            const next = byFile.get(file);
            if (next) staticGraph(next, into);
          }
        };
        const first = new Set<string>();
        for (const chunk of chunks.filter((candidate) => candidate.isEntry)) {
          staticGraph(chunk, first);
        }
        const journey = chunks.find((chunk) => chunk.name === 'journey');
        if (!journey || first.has(journey.fileName)) {
          throw new Error(
            `the journey chunk is missing, or became part of the first screen: ${chunks.map((c) => `${c.name}${first.has(c.fileName) ? '*' : ''}`).join(' ')}`,
          );
        }
        const wanted = new Set<string>();
        for (const source of PRELOADED) {
          const chunk = chunks.find((candidate) =>
            candidate.moduleIds.some((id) => id.endsWith(`/${source}`)),
          );
          if (!chunk) throw new Error(`no chunk for ${source}`);
          staticGraph(chunk, wanted);
        }
        const links = [...wanted]
          .filter((file) => !first.has(file))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join('\n    ');
        return html.replace('</body>', `  ${links}\n  </body>`);
      },
    },
  };
}

/**
 * The modules of the first screen that a journey needs too (Preact, its hooks, the icons, the
 * emergency numbers…), found once the module graph is known. `codeSplitting` puts them in a
 * `shared` chunk of their own, so no other chunk imports the entry chunk, and the entry can be
 * written into the page itself (`inlineFirstScreen`) without ever running twice.
 */
function sharedWithJourneys(): { readonly plugin: Plugin; readonly test: (id: string) => boolean } {
  const shared = new Set<string>();
  const plugin: Plugin = {
    name: 'sanad-shared-with-journeys',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const reach = (starts: readonly string[]): Set<string> => {
        const seen = new Set<string>();
        const pending = [...starts];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const first = reach(ids.filter((id) => this.getModuleInfo(id)?.isEntry === true));
      const journeys = reach(
        ids.flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []),
      );
      shared.clear();
      for (const id of journeys) if (first.has(id)) shared.add(id);
    },
  };
  return { plugin, test: (id) => shared.has(id) };
}

/**
 * Writes the first screen's script and style sheet into the page: one round trip less before
 * the home screen shows. On a 400 ms link the page's own response is the only thing on the wire
 * while the browser waits for the answers to the requests it has just made, so what rides with
 * the page arrives in that otherwise idle time. The preload of the `shared` chunk stays at the
 * top, so it is asked for as soon as the page's first bytes arrive. The server allows exactly
 * these inline blocks in its Content-Security-Policy, by hash (apps/server/src/http/security.ts).
 */
function inlineFirstScreen(): Plugin {
  return {
    name: 'sanad-inline-first-screen',
    apply: 'build',
    generateBundle: {
      // After Vite has written index.html.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('index.html is missing from the build');
        const chunks = Object.values(bundle).filter(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk',
        );
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('the build has no entry chunk');
        const importers = chunks
          .filter((chunk) => [...chunk.imports, ...chunk.dynamicImports].includes(entry.fileName))
          .map((chunk) => chunk.fileName);
        if (importers.length > 0) {
          // Inline, the entry has no address: an import of its file would run it a second time.
          throw new Error(`${importers.join(', ')} import the entry chunk`);
        }
        // An inline module resolves `./x.js` against the page's address: make them absolute.
        let script = entry.code;
        for (const file of [...entry.imports, ...entry.dynamicImports]) {
          const name = path.posix.basename(file);
          script = script.replaceAll(
            new RegExp(`(["'\`])\\./${escapeRegExp(name)}\\1`, 'g'),
            `$1/${file}$1`,
          );
        }
        const cssFiles = [...(entry.viteMetadata?.importedCss ?? [])];
        const css = cssFiles.map((file) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') throw new Error(`no style sheet ${file}`);
          return String(asset.source);
        });
        for (const [text, closer] of [
          [script, '</script'],
          [css.join(''), '</style'],
        ] as const) {
          if (text.toLowerCase().includes(closer) || text.includes('<!--')) {
            throw new Error(`cannot inline text that contains ${closer} or <!--`);
          }
        }
        let html = String(page.source);
        const scriptTag = new RegExp(
          `\\s*<script type="module"[^>]*src="/${escapeRegExp(entry.fileName)}"></script>`,
        );
        if (!scriptTag.test(html))
          throw new Error('the entry script tag is missing from index.html');
        html = html.replace(scriptTag, '');
        for (const file of cssFiles) {
          html = html.replace(
            new RegExp(`\\s*<link rel="stylesheet"[^>]*href="/${escapeRegExp(file)}">`),
            '',
          );
        }
        html = html.replace('</head>', `  <style>${css.join('')}</style>\n  </head>`);
        // Before the journeys' preloads (`preloadJourneys`), which close the page.
        const body = html.indexOf('<body');
        const journeys = html.indexOf('<link rel="modulepreload"', body);
        const at = journeys === -1 ? html.lastIndexOf('</body>') : journeys;
        html = `${html.slice(0, at)}<script type="module">${script}</script>\n    ${html.slice(at)}`;
        page.source = html;
        for (const file of [entry.fileName, ...cssFiles]) Reflect.deleteProperty(bundle, file);
      },
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const shared = sharedWithJourneys();

/**
 * The survivor app is served at `/`. It must stay tiny (first screen ≤ 30 KB gzip JS+CSS) and
 * obey a strict CSP (`script-src 'self'` and the hashes of the page's own inline script and
 * styles, nothing else inline): no remote resources, no module-preload polyfill (every browser
 * we target supports `modulepreload`). Budget: the report form usable within 2 s on a slow phone
 * (`npm run bench`: survivor_form_ready_slow_ms).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [
    preact(),
    localeWordsModules(),
    shared.plugin,
    preloadJourneys(),
    inlineFirstScreen(),
    shellList(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The report form and what it needs, in ONE chunk rather than eight: on HTTP/1.1 a
        // browser opens six connections per host, and a seventh request waits a round trip.
        codeSplitting: {
          groups: [
            { name: 'journey', test: JOURNEY_MODULES, includeDependenciesRecursively: false },
            { name: 'shared', test: shared.test },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
