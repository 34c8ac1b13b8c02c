// A real `sanad serve` child process that can be killed without warning and started again on
// the same port and the same database, so clients see a refused connection and then the same
// address answering again — what a supervisor restarting a crashed process looks like.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, freePort } from '../../apps/server/src/testing/processes.ts';

export interface CrashableServer {
  /** Base URL, fixed for the server's whole life across restarts. */
  readonly url: string;
  /** Starts the process and resolves with the milliseconds until `/health` answered. */
  start(): Promise<number>;
  /** SIGKILL: no drain, no shutdown hook, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful drain), for the end of a scenario. */
  stop(): Promise<void>;
  /** Everything the current and earlier processes printed, for failure messages. */
  output(): string;
}

export async function crashableServer(
  env: NodeJS.ProcessEnv,
  startTimeoutMs = 60_000,
): Promise<CrashableServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  return {
    url,
    output: () => output,
    async start() {
      if (alive()) throw new Error('server already running');
      const began = performance.now();
      const current = spawn(process.execPath, [CLI, 'serve'], {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: 'error',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = current;
      // Kept for failure messages, not echoed: the figures are the output.
      current.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      current.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      exited = new Promise((resolve) => {
        current.once('exit', () => {
          resolve();
        });
      });
      const deadline = Date.now() + startTimeoutMs;
      for (;;) {
        if (current.exitCode !== null || current.signalCode !== null) {
          throw new Error(`sanad serve exited while starting:\n${output}`);
        }
        try {
          const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
          if (response.ok) return performance.now() - began;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) {
          current.kill('SIGKILL');
          throw new Error(`sanad serve did not become healthy:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async kill() {
      if (alive()) child?.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (alive()) {
        child?.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    },
  };
}
