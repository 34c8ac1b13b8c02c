// `npm run bench [-- --quick]`: measures Sanad beside a minimal Fastify + Zod + PGlite baseline
// in the same run, on the same machine, so the ratio column survives a change of hardware.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureAlertLatency, type AlertLatency } from './alert-latency.ts';
import { startBaseline, startSanad, type Target } from './children.ts';
import { firstScreenGzipBytes } from './bundles.ts';
import { msUntilReadyOnSlowPhone } from './slow-phone.ts';
import { toFigures, type Figures } from './figures.ts';
import { measure, type LoadOptions, type Row } from './load.ts';
import {
  baselinePgScenario,
  baselineScenario,
  sanadScenarios,
  type Scenario,
} from './scenarios.ts';
import { formatTable } from './table.ts';

// Read before any server starts: a busy machine (a build, a test run) skews every figure, and
// this is the number that tells a reader to distrust a run.
const loadAverageAtStart = os.loadavg()[0] ?? 0;
const quick = process.argv.includes('--quick');
const options: LoadOptions = {
  durationSeconds: quick ? 3 : 10,
  warmupSeconds: quick ? 1 : 2,
  connections: 10,
};
/** Urgent reports whose alert latency is measured (one after another). */
const URGENT_REPORTS = 100;
const pgUrl = process.env.BENCH_DATABASE_URL;
const withPg = pgUrl !== undefined && pgUrl !== '';

/**
 * Starts one target, measures its scenarios, stops it. Targets run one after another so a
 * server idling in the background never takes CPU from the one under load. A target that
 * cannot start turns its rows into failures instead of hiding the rows already measured.
 */
async function runTarget(start: () => Promise<Target>, scenarios: readonly Scenario[]) {
  const rows: Row[] = [];
  let target: Target;
  try {
    target = await start();
  } catch (error) {
    const problem = `server did not start: ${(error as Error).message}`;
    return scenarios.map((scenario): Row => ({
      scenario,
      rps: 0,
      p50: 0,
      p99: 0,
      problems: [problem],
    }));
  }
  try {
    for (const scenario of scenarios) {
      process.stderr.write(`measuring ${scenario.name} …\n`);
      rows.push(await measure(target.url, scenario, options, target.sessionCookie));
    }
  } finally {
    await target.stop();
  }
  return rows;
}

process.stderr.write(
  `Sanad bench (${quick ? 'quick' : 'full'}): ${options.durationSeconds} s per scenario after a ` +
    `${options.warmupSeconds} s warm-up, ${options.connections} connections\n`,
);
const rows: Row[] = [
  ...(await runTarget(() => startBaseline(), [baselineScenario])),
  ...(withPg ? await runTarget(() => startBaseline(pgUrl), [baselinePgScenario]) : []),
  ...(await runTarget(startSanad, sanadScenarios)),
];

const baseline = rows.find((row) => row.scenario === baselineScenario && row.problems.length === 0);
console.log(`\n${formatTable(rows, baseline?.rps)}\n`);

// The survivor's report form on a cheap phone over a weak link (budget: usable within 2 s).
let formReadyMs: number | undefined;
try {
  const target = await startSanad();
  try {
    formReadyMs = await msUntilReadyOnSlowPhone(`${target.url}/`, async (page) => {
      await page.getByRole('button', { name: 'التبليغ عن العنف' }).click({ timeout: 60_000 });
      await page
        .locator('input[name="reporter"]')
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 });
    });
  } finally {
    await target.stop();
  }
  console.log(`survivor report form usable on a slow phone: ${String(formReadyMs)} ms`);
} catch (error) {
  console.log(`survivor report form on a slow phone: not measured (${(error as Error).message})`);
}

// An emergency's way to a listener's screen, under a stream of ordinary reports.
let alertLatency: AlertLatency | undefined;
try {
  const target = await startSanad();
  try {
    process.stderr.write('measuring alert latency …\n');
    alertLatency = await measureAlertLatency(target.url, target.sessionCookie ?? '', {
      count: URGENT_REPORTS,
      backgroundConnections: options.connections,
    });
  } finally {
    await target.stop();
  }
  console.log(
    `urgent report accepted → alert on a listener's screen, ${String(alertLatency.count)} ` +
      `reports under ${alertLatency.backgroundRps.toFixed(0)} ordinary reports/s: ` +
      `p50 ${alertLatency.p50.toFixed(1)} ms, p99 ${alertLatency.p99.toFixed(1)} ms` +
      (alertLatency.problems.length > 0 ? ` — FAILED: ${alertLatency.problems.join('; ')}` : ''),
  );
} catch (error) {
  alertLatency = {
    p50: 0,
    p99: 0,
    count: 0,
    backgroundRps: 0,
    problems: [(error as Error).message],
  };
  console.log(`alert latency: not measured (${(error as Error).message})`);
}

// Sizes of what a phone downloads first, from the built apps (`npm run build:web`).
const appsDir = path.join(import.meta.dirname, '..', 'apps');
const sizes: Figures = {};
if (alertLatency.problems.length === 0) {
  const ms = (value: number) => ({
    value: Number(value.toFixed(1)),
    unit: 'ms' as const,
    better: 'lower' as const,
  });
  sizes.alert_latency_p50_ms = ms(alertLatency.p50);
  sizes.alert_latency_p99_ms = ms(alertLatency.p99);
}
if (formReadyMs !== undefined) {
  sizes.survivor_form_ready_slow_ms = { value: formReadyMs, unit: 'ms', better: 'lower' };
}
for (const app of ['survivor', 'console']) {
  try {
    const bytes = await firstScreenGzipBytes(path.join(appsDir, app, 'dist'));
    sizes[`${app}_first_screen_gzip_kb`] = {
      value: Number((bytes / 1024).toFixed(1)),
      unit: 'KiB',
      better: 'lower',
    };
    console.log(`${app} first screen: ${(bytes / 1024).toFixed(1)} KiB gzip`);
  } catch {
    console.log(`${app} first screen: not built (run npm run build:web)`);
  }
}

const resultsDir = path.join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, 'latest.json'),
  `${JSON.stringify({ ...toFigures(rows), ...sizes }, null, 2)}\n`,
);
const meta = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  durationSeconds: options.durationSeconds,
  warmupSeconds: options.warmupSeconds,
  connections: options.connections,
  postgresBaseline: withPg,
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  loadAverage1mAtStart: Number(loadAverageAtStart.toFixed(2)),
  memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
};
await writeFile(path.join(resultsDir, 'latest.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);

if (rows.some((row) => row.problems.length > 0) || alertLatency.problems.length > 0) {
  console.error('Some scenarios FAILED; their figures were left out of results/latest.json.');
  process.exitCode = 1;
}
