import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { findProvince } from '@sanad/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import {
  DEMO_SURVIVOR_NAMES,
  DEMO_SURVIVOR_SECRETS,
  seedDemoSurvivors,
} from '../../demo/survivors.ts';
import { createTestDatabase, TEST_ENGINES } from '../../testing/database.ts';
import { syncTerritory } from '../../territory/sync.ts';
import { masterKeyFrom } from '../master-key.ts';
import { normalisePhone } from './blind-index.ts';
import { keyringOf } from './keyring.ts';

/**
 * The "done means": seed the demo survivors, take what a thief would get — a full dump,
 * the raw files of the data directory — and find none of their names, numbers or addresses.
 */
const keyring = keyringOf(masterKeyFrom(randomBytes(32)));
const REFERENCE = `SN-${String(new Date().getUTCFullYear())}-900101`;
const ARABIC_PROVINCE = findProvince('141')?.name.ar ?? 'missing';

/** Every way a number may have been written, so a clear copy in any spelling is caught. */
function spellings(canonical: string): string[] {
  const digits = canonical.slice(1);
  const forms = [canonical, digits, `00${digits}`];
  if (digits.startsWith('212')) {
    const national = `0${digits.slice(3)}`;
    const pairs = national.match(/\d\d/g) ?? [];
    forms.push(national, digits.slice(3), pairs.join(' '), pairs.join('.'), pairs.join('-'));
  }
  return forms;
}

/** The secrets, each phone number in all its spellings, and every longer word of each name. */
function needles(): string[] {
  const found = new Set<string>();
  for (const secret of DEMO_SURVIVOR_SECRETS) {
    found.add(secret);
    try {
      for (const form of spellings(normalisePhone(secret))) found.add(form);
    } catch {
      // not a phone number: a name or an address, kept whole above
    }
  }
  for (const name of DEMO_SURVIVOR_NAMES) {
    for (const word of name.split(/[\s,]+/)) if (word.length >= 5) found.add(word);
  }
  return [...found];
}

const NEEDLES = needles();
const leaks = (haystack: Buffer): string[] =>
  NEEDLES.filter((needle) => haystack.includes(Buffer.from(needle, 'utf8')));

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a stolen dump or disk holds no survivor in clear', { timeout: 180_000 }, () => {
  it('knows what it is looking for', () => {
    expect(DEMO_SURVIVOR_SECRETS.length).toBeGreaterThanOrEqual(20);
    expect(NEEDLES).toContain('+212600004101');
    expect(NEEDLES).toContain('06 00 00 41 01');
    expect(NEEDLES).toContain('خديجة بن عبد الله');
    expect(NEEDLES).toContain('Amrani');
  });

  it('PGlite: every raw file of the data directory, and its dumpDataDir tar', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-dump-'));
    dirs.push(dataDir);
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      await migrate(database.sql);
      await syncTerritory(database.db);
      await seedDemoSurvivors(database.db, keyring);
    } finally {
      await database.close();
    }

    const scanned: string[] = [];
    const hits: string[] = [];
    let sawReference = false;
    let sawArabic = false;
    for (const file of filesUnder(dataDir)) {
      const bytes = fs.readFileSync(file);
      scanned.push(file);
      for (const leak of leaks(bytes)) hits.push(`${path.relative(dataDir, file)}: ${leak}`);
      sawReference ||= bytes.includes(Buffer.from(REFERENCE));
      sawArabic ||= bytes.includes(Buffer.from(ARABIC_PROVINCE));
    }
    expect(hits).toEqual([]);
    // Controls: the scan does see clear text that is meant to be there, Arabic included.
    expect(sawReference).toBe(true);
    expect(sawArabic).toBe(true);
    expect(scanned.length).toBeGreaterThan(100);

    const client = await PGlite.create(path.join(dataDir, 'pgdata'));
    try {
      const tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
      expect(leaks(tar)).toEqual([]);
      expect(tar.includes(Buffer.from(REFERENCE))).toBe(true);
    } finally {
      await client.close();
    }
  });

  it.skipIf(!TEST_ENGINES.includes('postgres'))(
    'PostgreSQL: pg_dump of the whole database',
    async () => {
      const database = await createTestDatabase('postgres');
      try {
        await seedDemoSurvivors(database.db, keyring);
        const [row] = await database.sql.query<{ name: string }>(
          'SELECT current_database() AS name',
        );
        const url = new URL(process.env.TEST_DATABASE_URL ?? '');
        url.pathname = `/${row?.name ?? ''}`;
        const { stdout } = await promisify(execFile)(
          'pg_dump',
          ['--format=plain', '--no-owner', url.toString()],
          { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
        );
        expect(stdout.includes(Buffer.from('COPY public.persons'))).toBe(true);
        expect(stdout.includes(Buffer.from(REFERENCE))).toBe(true);
        expect(stdout.includes(Buffer.from(ARABIC_PROVINCE))).toBe(true);
        expect(leaks(stdout)).toEqual([]);
      } finally {
        await database.destroy();
      }
    },
  );
});
