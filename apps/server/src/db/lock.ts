import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An exclusive lock on the embedded database's directory. PGlite has none of its own, and two
 * processes on one directory were measured to silently lose confirmed rows, so Sanad refuses to
 * open a directory another live process holds. A lock left by a crashed process (its pid is no
 * longer alive on this host) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data directory ${dataDir} is already in use by another Sanad process ` +
        `(pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
        'Stop that process first, or set SANAD_DATA_DIR to another directory. ' +
        `If no Sanad process is running, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'sanad.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since) };
    }
  } catch {
    // Unreadable or half-written: treated as stale below.
  }
  return undefined;
}

function holdsLock(holder: LockHolder | undefined): holder is LockHolder {
  // A lock from another host (a shared volume) is never presumed stale.
  return holder !== undefined && (holder.host !== os.hostname() || isAlive(holder.pid));
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      return {
        release() {
          const holder = readHolder(file);
          if (holder?.pid === me.pid && holder.host === me.host) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holdsLock(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale: move it aside atomically, so that of two processes racing for it only one wins
    // the exclusive create above; the other sees the winner's live lock on its next attempt.
    const aside = `${file}.stale-${String(process.pid)}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (holdsLock(moved)) {
      // We raced and moved a live lock aside: put it back and yield.
      fs.renameSync(aside, file);
      throw new DataDirLockedError(dataDir, moved);
    }
    fs.rmSync(aside, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}: the lock file keeps changing.`);
}
