import type { Writable } from 'node:stream';
import { DEMO_PASSWORD, RealDataPresentError, seedDemo, type DemoSummary } from '../demo/seed.ts';
import { openPlatform } from '../platform/boot.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { print, type Command } from './command.ts';

export function printDemoAccounts(stream: Writable, summary: DemoSummary, baseUrl?: string): void {
  const lines = [
    '',
    `Demo data: ${String(summary.institutions)} institutions in all 12 regions, ${String(summary.opportunities)} opportunities, ${String(summary.survivors)} fictional survivors (encrypted).`,
    'Demo staff accounts (DEMO ONLY — every account shares this password):',
    `  password: ${DEMO_PASSWORD}`,
    ...summary.accounts.map((a) => `  ${a.role.padEnd(20)} ${a.email}`),
    baseUrl
      ? `Sign in at ${baseUrl}/console/ with an e-mail above and the password; the first sign-in enrols a second factor (TOTP) when staff identity is enabled.`
      : 'Sign in to the console with an e-mail above and the password.',
    '',
  ];
  print(stream, lines.join('\n'));
}

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Add demo institutions, staff accounts and opportunities to an empty database',
  usage: 'sanad seed-demo',
  async run({ env, stdout, stderr }) {
    const config = loadConfig(env);
    const platform = await openPlatform(config, createLogger(config.logLevel));
    try {
      const summary = await seedDemo(platform.database.db, platform.keyring);
      printDemoAccounts(stdout, summary);
      return 0;
    } catch (error) {
      if (error instanceof RealDataPresentError) {
        print(stderr, error.message);
        return 1;
      }
      throw error;
    } finally {
      await platform.close();
    }
  },
};
