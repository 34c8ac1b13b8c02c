import type { FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseView } from './view-schema.ts';
import { mutateCase, type CaseCommand, type UNCHANGED, type CaseChanges } from './mutate.ts';
import type { CaseworkOptions } from './options.ts';

/** The Fastify instance the case plugin's route files add their routes to. */
export type CaseApp = Parameters<FastifyPluginCallbackZod<CaseworkOptions>>[0];

/**
 * One case-file mutation from a route: the role check (`authorize`, 403) first, then the
 * record rule and everything else in `mutateCase`, which answers the new file.
 */
export function mutateFromRoute(
  options: CaseworkOptions,
  request: FastifyRequest,
  caseId: string,
  action: 'case.update' | 'message.send',
  expectedVersion: number | undefined,
  command: (context: CaseCommand) => Promise<CaseChanges | undefined | typeof UNCHANGED>,
): Promise<CaseView> {
  const actor = request.authorize(action);
  return mutateCase(
    options.db,
    options.keyring,
    {
      actor,
      caseId,
      requestId: request.id,
      action,
      expectedVersion,
      urgentClaimMs: options.deadlines.urgentClaimMs,
      authorizeRecord: (allowed) => {
        request.authorizeRecord(allowed);
      },
    },
    command,
  );
}
