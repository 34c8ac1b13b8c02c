import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

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
    await app.register(fastifyStatic, {
      root: console,
      prefix: '/console/',
      decorateReply: false,
      index: 'index.html',
    });
    app.get('/console', (_request, reply) => reply.redirect('/console/'));
  } else {
    app.get('/console/*', (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
  }

  if (fs.existsSync(path.join(survivor, 'index.html'))) {
    const page = survivorPage(fs.readFileSync(path.join(survivor, 'index.html'), 'utf8'), disguise);
    const sendPage = (_request: unknown, reply: FastifyReply) =>
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
    app.get('/', sendPage);
    app.get('/index.html', sendPage);
    await app.register(fastifyStatic, {
      root: survivor,
      prefix: '/',
      index: false,
      // The service worker must never be served stale, or a fix would not reach her phone.
      setHeaders(reply, filePath) {
        if (filePath.endsWith('sw.js') || filePath.endsWith('index.html')) {
          void reply.header('cache-control', 'no-cache');
        }
      },
    });
  } else {
    app.get('/', (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
  }
}

const notBuilt = 'The web apps are not built. Run `npm run build:web`, then restart Sanad.';
