/**
 * `sanad`: the one entry point for operators. `sanad serve` runs the platform; the other
 * commands maintain it. Every command reads the same configuration (environment variables).
 */
import { auditVerifyCommand } from './cli/audit-verify.ts';
import { createUserCommand } from './cli/create-user.ts';
import { rotateKeyCommand } from './cli/rotate-key.ts';
import { print, UsageError, type Command } from './cli/command.ts';
import { migrateCommand } from './cli/migrate.ts';
import { seedDemoCommand } from './cli/seed-demo.ts';
import { serveCommand } from './cli/serve.ts';
import { DataDirLockedError } from './db/lock.ts';
import { MigrationChecksumError } from './db/migrate.ts';
import { ConfigError } from './platform/config.ts';
import { UnknownMasterKeyError } from './platform/crypto/data-keys.ts';
import { MasterKeyError } from './platform/master-key.ts';

export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  seedDemoCommand,
  createUserCommand,
  auditVerifyCommand,
  rotateKeyCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Sanad (سند) — national platform protecting women and girls who suffer violence.',
    '',
    'Usage: sanad <command> [options]        sanad <command> --help',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from environment variables (PORT, HOST, DATABASE_URL, SANAD_DATA_DIR,',
    'SANAD_MASTER_KEY, LOG_LEVEL, SANAD_SEED_DEMO): see the README.',
  ].join('\n');
}

/** Errors whose message is written for the operator: shown as is, without a stack trace. */
const EXPLAINED = [
  ConfigError,
  DataDirLockedError,
  MasterKeyError,
  MigrationChecksumError,
  UnknownMasterKeyError,
];

export async function main(argv: readonly string[], io = process): Promise<number> {
  const [name = 'serve', ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    print(io.stdout, help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    print(io.stderr, `Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    print(io.stdout, `${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run({
      args,
      env: io.env,
      stdout: io.stdout,
      stderr: io.stderr,
      stdin: io.stdin,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      print(io.stderr, `${error.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (EXPLAINED.some((type) => error instanceof type)) {
      print(io.stderr, (error as Error).message);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('Sanad stopped on an unexpected error:', error);
      process.exit(1);
    },
  );
}
