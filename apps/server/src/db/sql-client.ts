/**
 * Raw SQL for the few places that need it (migrations, health checks, maintenance), with the
 * same result shapes on PGlite and PostgreSQL. Application queries use Drizzle instead.
 */
export interface SqlExecutor {
  query<Row extends Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  /** Runs one or more statements without parameters. */
  exec(text: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}
