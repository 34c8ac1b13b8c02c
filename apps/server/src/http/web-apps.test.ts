import Fastify from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWebApps, survivorPage } from './web-apps.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-web-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function writeApp(name: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, name, 'dist', file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}

describe('serving the web apps', () => {
  it('serves the survivor app at / and the console at /console/', async () => {
    writeApp('survivor', { 'index.html': '<p>survivor</p>', 'sw.js': '// sw' });
    writeApp('console', { 'index.html': '<p>console</p>' });
    const app = Fastify();
    await registerWebApps(app, root);
    const home = await app.inject('/');
    expect(home.body).toBe('<p>survivor</p>');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/console/')).body).toBe('<p>console</p>');
    const redirect = await app.inject('/console');
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe('/console/');
    await app.close();
  });

  it('explains how to build them when they are missing', async () => {
    const app = Fastify();
    await registerWebApps(app, path.join(root, 'nothing'));
    const home = await app.inject('/');
    expect(home.statusCode).toBe(503);
    expect(home.body).toContain('npm run build:web');
    await app.close();
  });
});

describe('the disguised survivor app', () => {
  const html =
    '<!doctype html><html><head><title>Sanad</title><link rel="icon" href="/icon.svg" /><link rel="manifest" href="/manifest.webmanifest" /></head><body></body></html>';

  it('is left alone when the deployment does not ask for a disguise', () => {
    expect(survivorPage(html, undefined)).toBe(html);
  });

  it('looks like a weather app before any script runs', () => {
    const page = survivorPage(html, 'weather');
    expect(page).toContain('<title>Weather</title>');
    expect(page).toContain('href="/weather.svg"');
    expect(page).toContain('href="/weather.webmanifest"');
    expect(page).toContain('<meta name="sanad-disguise" content="weather" />');
    expect(page).not.toContain('Sanad');
  });

  it('is served that way at /', async () => {
    writeApp('survivor', { 'index.html': html });
    const app = Fastify();
    await registerWebApps(app, root, 'weather');
    const home = await app.inject('/');
    expect(home.body).toContain('<title>Weather</title>');
    expect(home.headers['cache-control']).toBe('no-cache');
    await app.close();
  });
});
