import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/database.ts';
import { newId } from '../platform/ids.ts';
import { dataKeys, regions } from './schema/index.ts';
import { countRows } from './types.ts';

describeEachEngine('driver differences are normalised', (database) => {
  it('reads bytea as a Buffer through Drizzle and raw SQL', async () => {
    const { db, sql } = database();
    const id = newId();
    const bytes = Buffer.from([0, 1, 2, 254, 255]);
    await db.insert(dataKeys).values({ id, wrappedKey: bytes, masterKeyId: 'test' });
    const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, id));
    expect(Buffer.isBuffer(row?.wrappedKey)).toBe(true);
    expect(row?.wrappedKey?.equals(bytes)).toBe(true);
    const [raw] = await sql.query<{ wrapped_key: unknown }>(
      'SELECT wrapped_key FROM data_keys WHERE id = $1',
      [id],
    );
    expect(Buffer.isBuffer(raw?.wrapped_key)).toBe(true);
  });

  it('reads counts and int8 as numbers', async () => {
    const { db, sql } = database();
    const [row] = await db.select({ n: countRows() }).from(regions);
    expect(row?.n).toBe(12);
    const [raw] = await sql.query<{ n: unknown; big: unknown }>(
      'SELECT count(*) AS n, 9007199254740991::int8 AS big FROM regions',
    );
    expect(raw).toEqual({ n: 12, big: 9007199254740991 });
  });

  it('round-trips timestamps as Dates', async () => {
    const { db } = database();
    const id = newId();
    await db.insert(dataKeys).values({ id, wrappedKey: Buffer.from('k'), masterKeyId: 'test' });
    const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, id));
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs((row?.createdAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });
});
