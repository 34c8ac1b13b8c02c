import { parseArgs } from 'node:util';
import { createStaffUser, createUserSchema } from '../identity/create-user.ts';
import { openPlatform } from '../platform/boot.ts';
import { loadConfig } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import { createLogger } from '../platform/logger.ts';
import { print, UsageError, type Command, type CommandContext } from './command.ts';

/**
 * Reads the password from standard input, never from the command line (where `ps` and shell
 * history would keep it). On a terminal it prompts without echoing.
 */
async function readPassword({ stdin, stderr }: CommandContext): Promise<string> {
  if (stdin.isTTY) {
    stderr.write('Password (at least 12 characters, not shown): ');
    const tty = stdin;
    tty.setRawMode(true);
    tty.resume();
    tty.setEncoding('utf8');
    return new Promise((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n') {
            tty.setRawMode(false);
            tty.pause();
            tty.off('data', onData);
            stderr.write('\n');
            resolve(typed);
            return;
          }
          if (char === '\u0003') {
            tty.setRawMode(false);
            reject(new UsageError('cancelled'));
            return;
          }
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      };
      tty.on('data', onData);
    });
  }
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

const FLAGS: Readonly<Record<string, string>> = {
  displayName: 'name',
  scopeLevel: 'scope',
  scopeRegion: 'region',
  scopeProvince: 'province',
  institutionId: 'institution',
};
const flagOf = (field: string): string => FLAGS[field] ?? field;

export const createUserCommand: Command = {
  name: 'create-user',
  summary: 'Create a staff account (password read from standard input)',
  usage: [
    'sanad create-user --email EMAIL --name NAME --role ROLE [--scope national|region|province]',
    '                  [--region CODE] [--province CODE] [--institution ID] [--locale ar|fr|zgh|en]',
    '  Roles: listener, supervisor, institution_agent, institution_manager, analyst, admin.',
    '  The password is read from standard input, e.g.: printf %s "$PASSWORD" | sanad create-user …',
  ].join('\n'),
  async run(context) {
    let values;
    try {
      ({ values } = parseArgs({
        args: [...context.args],
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          scope: { type: 'string' },
          region: { type: 'string' },
          province: { type: 'string' },
          institution: { type: 'string' },
          locale: { type: 'string' },
        },
        strict: true,
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const missing = (['email', 'name', 'role'] as const).filter((key) => values[key] === undefined);
    if (missing.length > 0) throw new UsageError(`missing --${missing.join(', --')}`);
    const config = loadConfig(context.env);
    const parsed = createUserSchema.safeParse({
      email: values.email,
      displayName: values.name,
      password: await readPassword(context),
      role: values.role,
      scopeLevel: values.scope,
      scopeRegion: values.region,
      scopeProvince: values.province,
      institutionId: values.institution,
      locale: values.locale,
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `  --${flagOf(String(issue.path[0] ?? '?'))}: ${issue.message}`,
      );
      print(context.stderr, `Cannot create the account:\n${problems.join('\n')}`);
      return 2;
    }
    const platform = await openPlatform(config, createLogger(config.logLevel));
    try {
      const { id } = await createStaffUser(platform.database.db, parsed.data);
      print(context.stdout, `Created staff account ${id} (${parsed.data.role}).`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        const detail =
          error.code === 'conflict'
            ? 'an account with this e-mail already exists'
            : error.fields.map((f) => `--${flagOf(f.field)}: ${f.issue}`).join(', ');
        print(context.stderr, `Cannot create the account: ${detail}`);
        return 1;
      }
      throw error;
    } finally {
      await platform.close();
    }
  },
};
