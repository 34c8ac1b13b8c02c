import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from '../cases/options.ts';
import { claimCase } from './claims.ts';
import { reassignCase, releaseCase } from './handover.ts';
import { queueHealth } from './health.ts';
import { presentClaim, presentHealth, presentQueueItem } from './presenters.ts';
import { listQueue } from './queries.ts';
import {
  caseIdParamsSchema,
  claimSchema,
  queueHealthSchema,
  queueSchema,
  reassignBodySchema,
  releaseSchema,
} from './schemas.ts';

const tags = ['helpline'];

/**
 * The live triage queue: list, claim, release, reassign, supervisor view. Record checks live
 * in the commands (a case outside the actor's territory is 404, like a missing one).
 */
export const queueRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (app, deps, done) => {
  const { db } = deps;

  app.get(
    '/queue',
    { schema: { tags, summary: 'Open cases I could take', response: { 200: queueSchema } } },
    async (request) => {
      const actor = request.authorize('queue.read');
      const now = new Date();
      const items = await listQueue(db, actor, now);
      return { serverTime: now.toISOString(), items: items.map(presentQueueItem) };
    },
  );

  app.get(
    '/queue/health',
    {
      schema: {
        tags,
        summary: 'Backlog, listeners on duty, overdue follow-ups',
        response: { 200: queueHealthSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('queue.supervise');
      const now = new Date();
      return presentHealth(await queueHealth(db, actor, now), now);
    },
  );

  app.post(
    '/cases/:caseId/claim',
    {
      schema: {
        tags,
        summary: 'Take a case (exactly one claimant wins)',
        params: caseIdParamsSchema,
        response: { 200: claimSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.claim');
      return presentClaim(await claimCase(db, actor, request.params.caseId, request.id));
    },
  );

  app.post(
    '/cases/:caseId/release',
    {
      schema: {
        tags,
        summary: 'Put a case back in the queue',
        params: caseIdParamsSchema,
        response: { 200: releaseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.claim');
      return releaseCase(db, actor, request.params.caseId, deps.deadlines, request.id);
    },
  );

  app.post(
    '/cases/:caseId/reassign',
    {
      schema: {
        tags,
        summary: 'Hand a case to another listener',
        params: caseIdParamsSchema,
        body: reassignBodySchema,
        response: { 200: claimSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('case.reassign');
      const claim = await reassignCase(
        db,
        actor,
        request.params.caseId,
        request.body.staffId,
        request.id,
      );
      return presentClaim(claim);
    },
  );
  done();
};
