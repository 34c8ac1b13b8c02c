import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlClient, SqlExecutor } from './sql-client.ts';

/**
 * Plain SQL migrations, applied in file-name order (names start with a UTC timestamp), all
 * pending ones in one transaction. A migration that changed after it was applied is refused:
 * landed migrations are never edited, a new one is written instead.
 */
export const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export class MigrationChecksumError extends Error {
  constructor(name: string) {
    super(
      `Migration ${name} was changed after it was applied. ` +
        'Applied migrations must never be edited: restore it and add a new migration instead.',
    );
    this.name = 'MigrationChecksumError';
  }
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        name: file.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name       text PRIMARY KEY,
  checksum   text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

// Any constant works: it only has to be the same for every Sanad process.
const MIGRATION_LOCK_KEY = 7_265_726_164; // "sanad" on a phone keypad, give or take

async function applied(tx: SqlExecutor): Promise<Map<string, string>> {
  const rows = await tx.query<{ name: string; checksum: string }>(
    'SELECT name, checksum FROM schema_migrations',
  );
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function migrate(
  sql: SqlClient,
  migrations: readonly Migration[] = readMigrations(),
): Promise<string[]> {
  return sql.transaction(async (tx) => {
    // Several API nodes may start at once: one migrates, the others wait and find nothing to do.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(LEDGER);
    const done = await applied(tx);
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) throw new MigrationChecksumError(migration.name);
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  });
}

/** Names of migrations not yet applied; used by `/ready`. */
export async function pendingMigrations(
  sql: SqlExecutor,
  migrations: readonly Migration[] = readMigrations(),
): Promise<string[]> {
  const exists = await sql.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  );
  if (exists[0]?.present !== true) return migrations.map((m) => m.name);
  const done = await applied(sql);
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
