import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINES } from '../testing/database.ts';
import { migrate, MigrationChecksumError, pendingMigrations, readMigrations } from './migrate.ts';
import * as schema from './schema/index.ts';

describe('migration files', () => {
  it('are named <UTC timestamp>_<concern>.sql and sorted uniquely', () => {
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(new Set(names.map((n) => n.slice(0, 14))).size).toBe(names.length);
  });
});

for (const engine of TEST_ENGINES) {
  describe(`migrations [${engine}]`, () => {
    it('apply on a fresh database, then find nothing to do when run again', async () => {
      const db = await createTestDatabase(engine, { migrate: false });
      try {
        expect(await pendingMigrations(db.sql)).toEqual(readMigrations().map((m) => m.name));
        const first = await migrate(db.sql);
        expect(first).toEqual(readMigrations().map((m) => m.name));
        expect(await migrate(db.sql)).toEqual([]);
        expect(await pendingMigrations(db.sql)).toEqual([]);
      } finally {
        await db.destroy();
      }
    });

    it('refuse a migration edited after it was applied, and change nothing', async () => {
      const db = await createTestDatabase(engine);
      try {
        const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
        await expect(migrate(db.sql, edited)).rejects.toBeInstanceOf(MigrationChecksumError);
        const added = [
          ...readMigrations(),
          { name: '99999999999999_extra', sql: 'CREATE TABLE extra (id int)', checksum: 'x' },
        ];
        const broken = added.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
        await expect(migrate(db.sql, broken)).rejects.toThrow(/changed after it was applied/);
        const extra = await db.sql.query("SELECT to_regclass('extra') IS NOT NULL AS present");
        expect(extra[0]).toEqual({ present: false });
      } finally {
        await db.destroy();
      }
    });

    it('roll back every pending migration when one fails', async () => {
      const db = await createTestDatabase(engine);
      try {
        const extra = [
          ...readMigrations(),
          { name: '99999999999998_good', sql: 'CREATE TABLE good_one (id int)', checksum: 'a' },
          {
            name: '99999999999999_bad',
            sql: 'CREATE TABLE bad_one (id nosuchtype)',
            checksum: 'b',
          },
        ];
        await expect(migrate(db.sql, extra)).rejects.toThrow();
        const rows = await db.sql.query("SELECT to_regclass('good_one') IS NOT NULL AS present");
        expect(rows[0]).toEqual({ present: false });
      } finally {
        await db.destroy();
      }
    });

    it('create every table and column the Drizzle schema declares', async () => {
      const db = await createTestDatabase(engine);
      try {
        const rows = await db.sql.query<{ table_name: string; column_name: string }>(
          "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
        );
        const present = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
        const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
          is(value, PgTable),
        );
        expect(tables.length).toBeGreaterThanOrEqual(14);
        for (const table of tables) {
          for (const column of Object.values(getTableColumns(table))) {
            expect(present, `${getTableName(table)}.${column.name}`).toContain(
              `${getTableName(table)}.${column.name}`,
            );
          }
        }
      } finally {
        await db.destroy();
      }
    });
  });
}
