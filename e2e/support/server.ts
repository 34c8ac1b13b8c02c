import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer as startSanad } from '../../apps/server/src/testing/processes.ts';

/** A Sanad server the browser journeys talk to. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops the server (SIGTERM, waits for exit) and removes its data directory. */
  stop(): Promise<void>;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Starts the real server (`sanad serve`) on a free port with a fresh embedded database and its
 * demo data, and resolves once `GET /health` answers 200.
 *
 * `SANAD_E2E_URL` skips all this and uses a server that is already running.
 */
export async function startServer(): Promise<RunningServer> {
  const external = process.env['SANAD_E2E_URL'];
  if (external) return { url: external.replace(/\/+$/, ''), stop: () => Promise.resolve() };

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sanad-e2e-'));
  try {
    const server = await startSanad({ SANAD_DATA_DIR: dataDir });
    return {
      url: server.url,
      async stop() {
        await server.stop();
        await fs.rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
