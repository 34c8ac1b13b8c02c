import { buildApp } from '../app.ts';
import { DEFAULT_RATE_LIMITS } from '../http/security.ts';
import { startAuditSealer } from '../audit/seal.ts';
import { isEmptyDatabase, seedDemo } from '../demo/seed.ts';
import { openPlatform } from '../platform/boot.ts';
import { loadConfig } from '../platform/config.ts';
import { startJobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { createNotificationDelivery } from '../notifications/delivery.ts';
import { notificationConfigFrom, transportsFrom } from '../notifications/config.ts';
import { purgeKeeping } from '../platform/jobs/housekeeping.ts';
import { directoryJobHandlers } from '../institutions/jobs.ts';
import { opportunityJobHandlers, scheduleOpportunityExpiry } from '../opportunities/jobs.ts';
import { pathwayJobHandlers } from '../pathway/outcome-checks.ts';
import { queueJobHandlers } from '../queue/jobs.ts';
import { referralJobHandlers } from '../referrals/jobs.ts';
import { print, type Command } from './command.ts';
import { printDemoAccounts } from './seed-demo.ts';

/** How long in-flight requests get to finish after SIGTERM before the process gives up. */
const DRAIN_TIMEOUT_MS = 10_000;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the API, the survivor app and the console (the default command)',
  usage: 'sanad serve   (configured by environment variables: see README)',
  async run({ env, stdout }) {
    const config = loadConfig(env);
    // Read with the rest, so a bad transport setting stops Sanad before it listens.
    const notificationConfig = notificationConfigFrom(env);
    const log = createLogger(config.logLevel);
    const platform = await openPlatform(config, log);
    const { database } = platform;
    try {
      const deadlines = { urgentClaimMs: config.urgentClaimSeconds * 1000 };
      const referralClock = { deadlines: config.referralDeadlines };
      const summary =
        config.seedDemo && (await isEmptyDatabase(database.db))
          ? await seedDemo(database.db, platform.keyring)
          : undefined;
      const app = await buildApp({
        database,
        migrations: platform.migrations,
        logger: log,
        keyring: platform.keyring,
        rateLimits: { ...DEFAULT_RATE_LIMITS, perAddress: config.rateLimitPerMinute },
        trustProxy: config.trustProxy,
        ...(config.disguise !== undefined ? { disguise: config.disguise } : {}),
        webRoot: config.webRoot,
        deadlines,
        referralClock,
      });
      await app.listen({ port: config.port, host: config.host });
      const sealer = startAuditSealer(database.db, log);
      const notifications = createNotificationDelivery({
        db: database.db,
        keyring: platform.keyring,
        transports: transportsFrom(notificationConfig, log),
        log,
      });
      const jobRunner = startJobRunner(
        database.db,
        {
          ...queueJobHandlers(deadlines),
          ...referralJobHandlers(referralClock, platform.keyring),
          ...directoryJobHandlers(),
          ...opportunityJobHandlers(),
          ...pathwayJobHandlers(),
          ...notifications.handlers,
          'housekeeping.purge': purgeKeeping(notificationConfig.retentionDays),
        },
        log,
      );
      // The daily expiry, armed as the housekeeping is: a run now catches up after downtime,
      // then each run arms the next (one pending run at most, whichever node armed it).
      await scheduleOpportunityExpiry(database.db, new Date());
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${String(port)}`;
      log.info({ url: base, engine: database.engine }, 'Sanad is listening');
      print(
        stdout,
        [
          `Sanad is running at ${base}`,
          `  survivor app  ${base}/`,
          `  console       ${base}/console/`,
          `  API docs      ${base}/api/docs`,
          `  database      ${database.engine === 'pglite' ? `embedded (${config.dataDir})` : 'PostgreSQL'}`,
        ].join('\n'),
      );
      if (summary) printDemoAccounts(stdout, summary, base);

      return await new Promise<number>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) return;
          stopping = true;
          log.info({ signal }, 'shutting down: draining requests');
          const timer = setTimeout(() => {
            log.error('requests did not drain in time; exiting');
            resolve(1);
          }, DRAIN_TIMEOUT_MS);
          timer.unref();
          void app
            .close()
            .then(() => jobRunner.stop())
            .then(() => notifications.stop())
            .then(() => sealer.stop())
            .then(() => platform.close())
            .then(
              () => {
                clearTimeout(timer);
                log.info('stopped');
                resolve(0);
              },
              (error: unknown) => {
                log.error({ err: error }, 'error while shutting down');
                resolve(1);
              },
            );
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    } catch (error) {
      await platform.close();
      throw error;
    }
  },
};
