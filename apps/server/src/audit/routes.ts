import { canReadCaseTrail } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { cases } from '../db/schema/index.ts';
import { listCaseTrail, presentCaseTrail, caseTrailResponseSchema } from './case-trail.ts';
import { recordAudit } from './record.ts';

const paramsSchema = z.object({ caseId: z.uuid() });
const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

/**
 * "Who saw her file": supervisors and administrators read the trail of a case in their scope.
 * Reading it is itself audited. A case outside their scope answers 404.
 */
export const auditRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  app.get(
    '/cases/:caseId/audit-trail',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who read or changed this case, newest first',
        params: paramsSchema,
        querystring: querySchema,
        response: { 200: caseTrailResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.read_audit_trail');
      const { caseId } = request.params;
      return db.transaction(async (tx) => {
        const [found] = await tx
          .select({ regionCode: cases.regionCode, provinceCode: cases.provinceCode })
          .from(cases)
          .where(eq(cases.id, caseId));
        request.authorizeRecord(
          found !== undefined && canReadCaseTrail(actor, { ...found, referrals: [] }),
        );
        const entries = await listCaseTrail(tx, caseId, {
          limit: request.query.limit,
          ...(request.query.before !== undefined ? { before: request.query.before } : {}),
        });
        await recordAudit(tx, {
          action: 'audit.case_trail_viewed',
          actor: { id: actor.id, institutionId: actor.institutionId },
          recordType: 'case',
          recordId: caseId,
          caseId,
          requestId: request.id,
        });
        return presentCaseTrail(entries, request.query.limit);
      });
    },
  );
  done();
};
