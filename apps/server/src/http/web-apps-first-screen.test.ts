import Fastify from 'fastify';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, registerSecurity } from './security.ts';
import { registerWebApps, type Disguise } from './web-apps.ts';

// The survivor page carries its first screen's script and styles (apps/survivor/vite.config.ts,
// one round trip less on a slow link): the policy lets exactly those run, and nothing else.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-first-screen-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const style = '.bar{color:#fff}';
const script = 'import{h}from"/assets/shared-Ab1.js";h();';
const page = `<!doctype html><html><head><title>Sanad</title><link rel="icon" href="/icon.svg" /><link rel="modulepreload" crossorigin href="/assets/shared-Ab1.js"><style>${style}</style></head><body><div id="app"></div><script type="module">${script}</script></body></html>`;
const dist = path.join(root, 'survivor', 'dist');
fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dist, 'index.html'), page);
fs.writeFileSync(path.join(dist, 'assets', 'shared-Ab1.js'), 'export const h=()=>1;');

async function serve(disguise?: Disguise) {
  const app = Fastify();
  await registerSecurity(app, DEFAULT_RATE_LIMITS);
  await registerWebApps(app, root, disguise);
  return app;
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: unknown, name: string) =>
  String(policy)
    .split(';')
    .find((part) => part.startsWith(`${name} `));

describe("the survivor page's first screen", () => {
  it('lets exactly its inline script and styles run, by hash, and nothing else inline', async () => {
    for (const disguise of [undefined, 'weather'] as const) {
      const app = await serve(disguise);
      const home = await app.inject('/');
      expect(home.body).toContain(script);
      const policy = home.headers['content-security-policy'];
      expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${sha256(script)}`);
      expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${sha256(style)}`);
      expect(directive(policy, 'script-src-attr')).toBe("script-src-attr 'none'");
      expect(String(policy)).not.toContain('unsafe-inline');
      // Every other response keeps the policy without any hash.
      const asset = await app.inject('/assets/shared-Ab1.js');
      expect(directive(asset.headers['content-security-policy'], 'script-src')).toBe(
        "script-src 'self'",
      );
      await app.close();
    }
  });
});
