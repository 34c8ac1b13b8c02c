// Servers under test run as child processes: the load generator lives in this process, and if
// both shared one event loop the figures would measure their contention, not the server.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../apps/server/src/testing/processes.ts';
import { createBenchAccount, signIn } from './sign-in.ts';

export interface Target {
  url: string;
  /** `Cookie` header of a signed-in staff session, for scenarios marked `signedIn`. */
  sessionCookie?: string;
  stop(): Promise<void>;
}

const baselineEntry = path.join(import.meta.dirname, 'baseline-server.ts');

/** Starts the baseline; on PostgreSQL when a URL is given, else on an in-memory PGlite. */
export function startBaseline(databaseUrl?: string, timeoutMs = 30_000): Promise<Target> {
  const child = spawn(process.execPath, [baselineEntry], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`baseline server did not start:\n${output}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({
        url: ready[1],
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`baseline server exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Starts the real `sanad serve` on embedded PGlite in a throwaway data directory. */
export async function startSanad(): Promise<Target> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sanad-bench-'));
  // DATABASE_URL is removed so an operator's environment cannot silently switch the engine
  // and make the Sanad rows incomparable with the PGlite baseline.
  await createBenchAccount(dataDir);
  const server = await startServer({
    SANAD_DATA_DIR: dataDir,
    SANAD_SEED_DEMO: 'false',
    // One client address sends every request: the per-address limit would measure itself.
    SANAD_RATE_LIMIT: '100000000',
    LOG_LEVEL: 'warn',
    DATABASE_URL: undefined,
  });
  return {
    url: server.url,
    sessionCookie: await signIn(server.url),
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
