// A PostgreSQL cluster of the test's own, in a temporary directory on a free port, that can be
// stopped and started again at will — the machine's shared server is never touched. initdb and
// pg_ctl refuse to run as root, so under root they run as the `postgres` user.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../apps/server/src/testing/processes.ts';

const run = promisify(execFile);
const INSTALLS = '/usr/lib/postgresql';
const SYSTEM_USER = 'postgres';

export interface PrivatePostgres {
  /** Connection string of the `sanad` database on this cluster. */
  readonly url: string;
  /** `pg_ctl stop -m fast`: open sessions are cut, the postmaster exits. */
  stop(): Promise<void>;
  /** `pg_ctl start -w`: resolves once the cluster accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster if running and deletes its directory. */
  destroy(): Promise<void>;
  /** The cluster's own log, for failure messages. */
  log(): Promise<string>;
}

/** The newest installed PostgreSQL's binaries, or why there are none. */
export function findPostgresBinaries(): { bin: string } | { missing: string } {
  if (!existsSync(INSTALLS)) return { missing: `${INSTALLS} does not exist` };
  const versions = readdirSync(INSTALLS)
    .filter((name) => existsSync(path.join(INSTALLS, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  if (newest === undefined) return { missing: `no ${INSTALLS}/<version>/bin/pg_ctl` };
  return { bin: path.join(INSTALLS, newest, 'bin') };
}

const asRoot = () => process.getuid?.() === 0;

/**
 * Runs a PostgreSQL tool, as the `postgres` user when this process is root. Its output goes to a
 * file, not a pipe: the postmaster `pg_ctl start` leaves behind would hold a pipe open forever.
 */
async function tool(bin: string, name: string, args: readonly string[], dir: string) {
  const file = path.join(bin, name);
  const [command, argv] = asRoot()
    ? ['runuser', ['-u', SYSTEM_USER, '--', file, ...args]]
    : [file, [...args]];
  const outputFile = path.join(dir, `${name}.out`);
  const output = await open(outputFile, 'w');
  try {
    // The working directory is the cluster's: the postgres user may not read the caller's.
    const child = spawn(command, argv, { cwd: dir, stdio: ['ignore', output.fd, output.fd] });
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('error', reject);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    if (code !== 0) {
      const said = await readFile(outputFile, 'utf8').catch(() => '');
      throw new Error(`${name} ${args.join(' ')} exited with ${String(code)}:\n${said}`);
    }
  } finally {
    await output.close();
  }
}

export async function privatePostgres(bin: string): Promise<PrivatePostgres> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sanad-pg-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const logFile = path.join(root, 'postgres.log');
  await mkdir(socketDir);
  if (asRoot()) {
    const { stdout } = await run('id', ['-u', SYSTEM_USER]);
    const { stdout: group } = await run('id', ['-g', SYSTEM_USER]);
    await chown(root, Number(stdout.trim()), Number(group.trim()));
    await chown(socketDir, Number(stdout.trim()), Number(group.trim()));
  }
  const port = await freePort();
  const options = `-p ${String(port)} -k ${socketDir} -c listen_addresses=127.0.0.1`;
  let running = false;

  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${String(port)}/sanad`,
    async start() {
      await tool(bin, 'pg_ctl', ['start', '-w', '-D', dataDir, '-l', logFile, '-o', options], root);
      running = true;
    },
    async stop() {
      await tool(bin, 'pg_ctl', ['stop', '-w', '-m', 'fast', '-D', dataDir], root);
      running = false;
    },
    async destroy() {
      try {
        if (running) await cluster.stop();
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    async log() {
      return readFile(logFile, 'utf8').catch(() => '(no log)');
    },
  };

  try {
    await tool(
      bin,
      'initdb',
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'],
      root,
    );
    await cluster.start();
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE sanad');
    } finally {
      await admin.end();
    }
    return cluster;
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}
