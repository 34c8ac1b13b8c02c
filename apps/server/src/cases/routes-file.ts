import { readCase } from './read.ts';
import { mutateFromRoute, type CaseApp } from './route-support.ts';
import type { CaseworkOptions } from './options.ts';
import {
  caseParamsSchema,
  caseResponseSchema,
  patchCaseBodySchema,
  statusBodySchema,
} from './schemas.ts';
import { changeStatus } from './status.ts';
import { patchCase } from './update.ts';

const tags = ['cases'];

/** The case file itself: read it, correct its fields and safety plan, move its status. */
export function registerCaseFileRoutes(app: CaseApp, options: CaseworkOptions): void {
  app.get(
    '/cases/:caseId',
    {
      schema: {
        tags,
        summary: 'A case file, decrypted for the reader (audited)',
        params: caseParamsSchema,
        response: { 200: caseResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.read');
      return readCase(options.db, options.keyring, actor, request.params.caseId, request);
    },
  );

  app.patch(
    '/cases/:caseId',
    {
      schema: {
        tags,
        summary: 'Change urgency, place or safety plan (optimistic concurrency on version)',
        params: caseParamsSchema,
        body: patchCaseBodySchema,
        response: { 200: caseResponseSchema },
      },
    },
    async (request) =>
      mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        request.body.version,
        (c) => patchCase(c, request.body),
      ),
  );

  app.post(
    '/cases/:caseId/status',
    {
      schema: {
        tags,
        summary: 'Move the case along its lifecycle (closing and reopening need a reason code)',
        params: caseParamsSchema,
        body: statusBodySchema,
        response: { 200: caseResponseSchema },
      },
    },
    async (request) =>
      mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        request.body.version,
        (c) => changeStatus(c, request.body),
      ),
  );
}
