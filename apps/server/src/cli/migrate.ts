import { openPlatform } from '../platform/boot.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { print, type Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations, then exit',
  usage: 'sanad migrate',
  async run({ env, stdout }) {
    const config = loadConfig(env);
    // Opening the platform applies the migrations; this command only reports and closes.
    const platform = await openPlatform(config, createLogger(config.logLevel));
    try {
      print(
        stdout,
        `Database (${platform.database.engine}) is up to date: ${String(platform.migrations.length)} migrations.`,
      );
      return 0;
    } finally {
      await platform.close();
    }
  },
};
