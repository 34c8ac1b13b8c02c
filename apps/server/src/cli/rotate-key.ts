import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openPlatform } from '../platform/boot.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import { RotationIncompleteError, rotateMasterKey } from '../platform/crypto/rotation.ts';
import { createLogger } from '../platform/logger.ts';
import { MASTER_KEY_FILE, masterKeyFrom } from '../platform/master-key.ts';
import { print, UsageError, type Command, type CommandContext } from './command.ts';

/** The new key, from standard input only: argv would leave it in `ps` and shell history. */
async function readNewKey({ stdin }: CommandContext): Promise<Buffer> {
  if (stdin.isTTY) {
    throw new UsageError('pipe the new key into standard input, or pass --generate');
  }
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  const base64 = text.trim();
  const key = Buffer.from(base64, 'base64');
  // Buffer.from ignores what is not base64: re-encoding catches a pasted key that was cut short.
  if (key.length !== 32 || key.toString('base64') !== base64) {
    throw new UsageError('the new key must be 32 random bytes in base64 (openssl rand -base64 32)');
  }
  return key;
}

/**
 * Replaces `<data dir>/master.key` atomically: write a temporary file (owner-only), flush it to
 * disk, rename it over the old one, flush the directory. A crash leaves either key, never half.
 */
function replaceKeyFile(config: Config, key: Buffer): string {
  const file = path.join(config.dataDir, MASTER_KEY_FILE);
  const temp = `${file}.${String(process.pid)}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${key.toString('base64')}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  const dir = fs.openSync(config.dataDir, 'r');
  try {
    fs.fsyncSync(dir);
  } finally {
    fs.closeSync(dir);
  }
  return file;
}

export const rotateKeyCommand: Command = {
  name: 'rotate-key',
  summary: 'Re-wrap every data key under a new master key (read from standard input)',
  usage: [
    'sanad rotate-key [--generate]',
    '  Reads the NEW master key (32 bytes, base64) from standard input, e.g.:',
    '    openssl rand -base64 32 > new.key && sanad rotate-key < new.key',
    '  --generate  create the new key here and print it once (store it before anything else).',
    '  Only the wrapped data keys change; encrypted fields, blind indexes and staff secrets do not.',
    '  Stop the servers first (they hold the old key). An interrupted run is finished by running',
    '  it again with the same new key. Embedded mode without SANAD_MASTER_KEY: master.key is',
    '  replaced once the re-wrap has committed. Otherwise: set SANAD_MASTER_KEY to the new key.',
    '  Keep the old key as long as backups made before the rotation are kept: they need it.',
  ].join('\n'),
  async run(context) {
    let generate: boolean;
    try {
      const { values } = parseArgs({
        args: [...context.args],
        options: { generate: { type: 'boolean', default: false } },
        strict: true,
      });
      generate = values.generate;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const config = loadConfig(context.env);
    const newKey = generate ? randomBytes(32) : await readNewKey(context);
    const platform = await openPlatform(config, createLogger(config.logLevel));
    const keyFileMode = config.masterKey === undefined && config.databaseUrl === undefined;
    try {
      const from = platform.masterKey;
      const to = masterKeyFrom(newKey);
      if (from.id === to.id) {
        print(context.stdout, `Master key ${to.id} is already the current key: nothing to do.`);
        return 0;
      }
      if (generate) {
        print(
          context.stdout,
          [
            `New master key ${to.id} — shown ONCE. Store it in your secret store now;`,
            'without it the encrypted data cannot be read:',
            `  ${newKey.toString('base64')}`,
          ].join('\n'),
        );
      }
      const { rewrapped } = await rotateMasterKey(platform.database.db, from, to, {
        onBatch: (n) => {
          context.stderr.write(`  re-wrapped ${String(n)} keys…\n`);
        },
      });
      const lines = [
        `Re-wrapped ${String(rewrapped)} data keys from master key ${from.id} to ${to.id}.`,
      ];
      if (keyFileMode) {
        lines.push(`Replaced ${replaceKeyFile(config, newKey)} with the new key.`);
      } else {
        lines.push(
          `Now set SANAD_MASTER_KEY to the new key (id ${to.id}) wherever Sanad runs, then start the servers.`,
        );
      }
      lines.push(
        `The old key ${from.id} opens nothing in this database any more; keep it only as long as`,
        'backups made before now are kept (they still need it), then destroy it.',
      );
      print(context.stdout, lines.join('\n'));
      return 0;
    } catch (error) {
      if (!(error instanceof RotationIncompleteError)) throw error;
      print(context.stderr, `${error.message}\nThe master key was not replaced.`);
      return 1;
    } finally {
      newKey.fill(0);
      await platform.close();
    }
  },
};
