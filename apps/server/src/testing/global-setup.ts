import pg from 'pg';

/**
 * Says, once per run, which engines the database tests run on — CI reads this line to prove
 * both PGlite and PostgreSQL were exercised — and fails fast when TEST_DATABASE_URL is set but
 * the server cannot be reached (better than a hundred confusing test failures).
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') {
    console.log(
      '[sanad] database tests run on: PGlite (embedded). Set TEST_DATABASE_URL to also run them on PostgreSQL.',
    );
    return;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    console.log(
      `[sanad] database tests run on: PGlite (embedded) AND PostgreSQL ${result.rows[0]?.server_version ?? '?'} (TEST_DATABASE_URL)`,
    );
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL is set but PostgreSQL cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
