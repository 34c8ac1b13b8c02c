import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { allowingInline, inlineHashesOf, type InlineHashes } from './security.ts';

/** How the survivor app presents itself on her phone: as Sanad, or as an ordinary weather app. */
export type Disguise = 'weather';

/**
 * The survivor app's page, disguised when the deployment asks for it: the neutral title, icon
 * and installable-app manifest are set in the HTML itself (before any script runs, and for the
 * browser's install prompt), and a meta tag tells the app to keep up the disguise.
 */
export function survivorPage(html: string, disguise: Disguise | undefined): string {
  if (disguise === undefined) return html;
  return html
    .replace(/<title>[^<]*<\/title>/, '<title>Weather</title>')
    .replace('href="/icon.svg"', 'href="/weather.svg"')
    .replace('href="/manifest.webmanifest"', 'href="/weather.webmanifest"')
    .replace('<head>', `<head>\n    <meta name="sanad-disguise" content="${disguise}" />`);
}

/**
 * Serves the built survivor app at `/` and the console at `/console/`. A missing build is not
 * fatal (API-only deployments, tests): the paths then answer a plain explanation.
 */
export async function registerWebApps(
  app: FastifyInstance,
  webRoot: string,
  disguise?: Disguise,
): Promise<void> {
  const survivor = path.join(webRoot, 'survivor', 'dist');
  const console = path.join(webRoot, 'console', 'dist');

  if (fs.existsSync(path.join(console, 'index.html'))) {
    // The page from memory (static serving's directory index and pre-compressed files do not
    // mix); the console routes by `#/…`, so `/console/` is its only page.
    const consolePage = pageSender(
      encodings(fs.readFileSync(path.join(console, 'index.html'), 'utf8')),
    );
    app.get('/console/', consolePage);
    app.get('/console/index.html', consolePage);
    await app.register(fastifyStatic, {
      root: console,
      prefix: '/console/',
      decorateReply: false,
      index: false,
      // Used when the console's build writes .br/.gz copies too (the survivor app's does).
      preCompressed: true,
      setHeaders(reply, filePath) {
        void reply.header('cache-control', cacheControlOf(filePath));
      },
    });
    app.get('/console', (_request, reply) => reply.redirect('/console/'));
  } else {
    app.get('/console/*', (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
  }

  if (fs.existsSync(path.join(survivor, 'index.html'))) {
    const page = survivorPage(fs.readFileSync(path.join(survivor, 'index.html'), 'utf8'), disguise);
    // The build writes the first screen's script and styles into the page (one round trip less
    // on a slow link): the policy allows exactly those blocks, by hash, and nothing else inline.
    const sendPage = pageSender(encodings(page), inlineHashesOf(page));
    app.get('/', sendPage);
    app.get('/index.html', sendPage);
    await app.register(fastifyStatic, {
      root: survivor,
      prefix: '/',
      index: false,
      // The build writes .br and .gz beside each text file: a third of the bytes on a slow link.
      preCompressed: true,
      setHeaders(reply, filePath) {
        void reply.header('cache-control', cacheControlOf(filePath));
      },
    });
  } else {
    app.get('/', (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
  }
}

/**
 * Hashed build assets never change under the same name: a year, immutable, so a returning phone
 * asks for nothing. Everything else (the service worker above all, or a fix would not reach her
 * phone; the shell list; manifests and icons) is revalidated on every use.
 */
export function cacheControlOf(filePath: string): string {
  const segments = filePath.split(/[\\/]/);
  return segments.at(-2) === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The page in each encoding, compressed once at start (it is the same for every request). */
function encodings(html: string): Readonly<Record<Encoding, Buffer>> {
  const identity = Buffer.from(html, 'utf8');
  return {
    identity,
    gzip: zlib.gzipSync(identity, { level: 9 }),
    br: zlib.brotliCompressSync(identity, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    }),
  };
}

/**
 * Sends a page in the encoding the browser accepts, revalidated on every use: the page carries
 * its first screen's code, so a phone that has it already gets a bodiless 304 instead of it all
 * again. Its inline blocks, if any, are added by hash to the Content-Security-Policy in force
 * (`registerSecurity`).
 */
function pageSender(page: Readonly<Record<Encoding, Buffer>>, inline?: InlineHashes) {
  // Weak: the same page, whichever encoding carries it.
  const etag = `W/"${createHash('sha256').update(page.identity).digest('base64url').slice(0, 27)}"`;
  return (request: FastifyRequest, reply: FastifyReply) => {
    const policy = reply.getHeader('content-security-policy');
    if (inline && typeof policy === 'string') {
      void reply.header('content-security-policy', allowingInline(policy, inline));
    }
    void reply
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-encoding')
      .header('etag', etag)
      .type('text/html; charset=utf-8');
    if (matchesTag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const accepted = acceptedEncoding(request.headers['accept-encoding']);
    if (accepted !== 'identity') void reply.header('content-encoding', accepted);
    return reply.send(page[accepted]);
  };
}

/** `If-None-Match` against a tag, compared weakly (RFC 9110, 13.1.2). */
export function matchesTag(header: string | undefined, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return (header ?? '')
    .split(',')
    .some((tag) => tag.trim() === '*' || (tag.trim() !== '' && opaque(tag) === opaque(etag)));
}

/** The best encoding the browser accepts; `q=0` refuses one. */
export function acceptedEncoding(header: string | undefined): Encoding {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => q === undefined || !/^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(q))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

const notBuilt = 'The web apps are not built. Run `npm run build:web`, then restart Sanad.';
