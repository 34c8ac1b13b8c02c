import Fastify from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedEncoding, cacheControlOf, matchesTag, registerWebApps } from './web-apps.ts';

// How the survivor app reaches a phone on a slow link: compressed, and cached for good when a
// file's name carries its hash (measured by `npm run bench`: survivor_form_ready_slow_ms).

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-delivery-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const page = `<!doctype html><html><head><title>Sanad</title></head><body>${'<p>home</p>'.repeat(50)}</body></html>`;
const script = `export const app = ${JSON.stringify('x'.repeat(2000))};`;

function write(file: string, content: string | Buffer): void {
  const target = path.join(root, 'survivor', 'dist', file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}

write('index.html', page);
write('sw.js', '// worker');
write('shell.json', '[]');
write('manifest.webmanifest', '{}');
write('assets/index-AbC123.js', script);
write('assets/index-AbC123.js.br', zlib.brotliCompressSync(script));
write('assets/index-AbC123.js.gz', zlib.gzipSync(script));
const consoleFile = path.join(root, 'console', 'dist', 'index.html');
fs.mkdirSync(path.dirname(consoleFile), { recursive: true });
fs.writeFileSync(consoleFile, '<p>console</p>');
fs.writeFileSync(`${consoleFile}.br`, zlib.brotliCompressSync('<p>console</p>'));

describe('delivering the survivor app', () => {
  it('sends the page compressed as the browser accepts, and never stale', async () => {
    const app = Fastify();
    await registerWebApps(app, root);
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(page);
    const gzip = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(page);
    const plain = await app.inject({ url: '/' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(page);
    await app.close();
  });

  it('answers a phone that has the page already with a bodiless 304', async () => {
    const app = Fastify();
    await registerWebApps(app, root);
    const first = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    // The same page whatever its encoding: one tag.
    expect((await app.inject('/')).headers.etag).toBe(etag);
    const again = await app.inject({
      url: '/',
      headers: { 'accept-encoding': 'br', 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    const stale = await app.inject({ url: '/', headers: { 'if-none-match': 'W/"older"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(page);
    await app.close();
  });

  it('compares entity tags weakly, lists and wildcards included', () => {
    expect(matchesTag('W/"a1"', 'W/"a1"')).toBe(true);
    expect(matchesTag('"a1"', 'W/"a1"')).toBe(true);
    expect(matchesTag('W/"zz", W/"a1"', 'W/"a1"')).toBe(true);
    expect(matchesTag('*', 'W/"a1"')).toBe(true);
    expect(matchesTag('W/"a2"', 'W/"a1"')).toBe(false);
    expect(matchesTag(undefined, 'W/"a1"')).toBe(false);
    expect(matchesTag('', 'W/"a1"')).toBe(false);
  });

  it('sends hashed assets pre-compressed, cached for a year as immutable', async () => {
    const app = Fastify();
    await registerWebApps(app, root);
    const asset = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(asset.rawPayload).toString()).toBe(script);
    const plain = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    // What is not hashed is revalidated every time: a fix must reach her phone.
    for (const url of ['/sw.js', '/shell.json', '/manifest.webmanifest']) {
      expect((await app.inject({ url })).headers['cache-control'], url).toBe('no-cache');
    }
    await app.close();
  });

  it('serves the console page at /console/, compressed too', async () => {
    const app = Fastify();
    await registerWebApps(app, root);
    for (const url of ['/console/', '/console/index.html']) {
      const page = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(zlib.brotliDecompressSync(page.rawPayload).toString()).toBe('<p>console</p>');
    }
    expect((await app.inject('/console')).headers.location).toBe('/console/');
    await app.close();
  });

  it('reads Accept-Encoding with its weights, refusals included', () => {
    expect(acceptedEncoding(undefined)).toBe('identity');
    expect(acceptedEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(acceptedEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(acceptedEncoding('BR;Q=0.0, GZIP;q=0')).toBe('identity');
    expect(acceptedEncoding('identity')).toBe('identity');
    expect(cacheControlOf('/srv/dist/assets/journey-x1.js')).toContain('immutable');
    expect(cacheControlOf('C:\\srv\\dist\\assets\\journey-x1.js')).toContain('immutable');
    expect(cacheControlOf('/srv/dist/icon.svg')).toBe('no-cache');
  });
});
