import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { proposeOpportunity, type PathwayOptions } from './commands.ts';
import { economicFunnel } from './indicators.ts';
import { readMatches } from './matches.ts';
import { recordOutcome } from './outcome.ts';
import { readCaseProfile, updateCaseProfile } from './profile-commands.ts';
import {
  readCaseEnrolments,
  readEnrolment,
  readProviderEnrolments,
  readReferralEnrolment,
} from './reads.ts';
import {
  caseParamsSchema,
  enrolmentListSchema,
  enrolmentParamsSchema,
  enrolmentResponseSchema,
  funnelQuerySchema,
  funnelViewSchema,
  matchesViewSchema,
  outcomeBodySchema,
  profileBodySchema,
  profileViewSchema,
  proposeBodySchema,
  providerQuerySchema,
  referralEnrolmentSchema,
  referralParamsSchema,
  stepBodySchema,
} from './schemas.ts';
import { stepEnrolment } from './steps.ts';

const tags = ['economic pathway'];

/**
 * The economic pathway (issue #7): her profile of needs, opportunities matched to it with their
 * reasons, and her path through one — proposed, interested, referred to the provider (the
 * referrals' consent gate and clocks), applied, enrolled, completed or dropped, and what came of
 * it. The referring side works from the case; the provider from its referrals.
 */
export const pathwayRoutes: FastifyPluginCallbackZod<PathwayOptions> = (app, options, done) => {
  app.get(
    '/cases/:caseId/economic-profile',
    {
      schema: {
        tags,
        summary: 'Her profile of needs (saved, or read from her support request; audited)',
        params: caseParamsSchema,
        response: { 200: profileViewSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return readCaseProfile(options, actor, request.params.caseId, request);
    },
  );

  app.put(
    '/cases/:caseId/economic-profile',
    {
      schema: {
        tags,
        summary: 'Save her profile of needs (`version`: the one read, 0 before the first save)',
        params: caseParamsSchema,
        body: profileBodySchema,
        response: { 200: profileViewSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.propose');
      return updateCaseProfile(options, actor, request.params.caseId, request.body, request);
    },
  );

  app.get(
    '/cases/:caseId/opportunity-matches',
    {
      schema: {
        tags,
        summary: 'Opportunities for her, ranked with reasons; nearest alternatives when few match',
        params: caseParamsSchema,
        response: { 200: matchesViewSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return readMatches(options, actor, request.params.caseId, request);
    },
  );

  app.get(
    '/cases/:caseId/enrolments',
    {
      schema: {
        tags,
        summary: 'The opportunities proposed to her and where she stands on each (audited)',
        params: caseParamsSchema,
        response: { 200: enrolmentListSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return {
        enrolments: await readCaseEnrolments(options, actor, request.params.caseId, request),
      };
    },
  );

  app.post(
    '/cases/:caseId/enrolments',
    {
      schema: {
        tags,
        summary: 'Propose an opportunity to her (she sees it in "follow my request")',
        description:
          'Refused with 409 `opportunity_closed` past its deadline or once closed, ' +
          '`opportunity_full` without places left, `conflict` when it was proposed before.',
        params: caseParamsSchema,
        body: proposeBodySchema,
        response: { 201: enrolmentResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('enrolment.propose');
      const enrolment = await proposeOpportunity(
        options,
        actor,
        request.params.caseId,
        request.body.opportunityId,
        request,
      );
      return reply.code(201).send({ enrolment });
    },
  );

  app.get(
    '/enrolments/:enrolmentId',
    {
      schema: {
        tags,
        summary: 'One enrolment, for the referring side or the provider (audited)',
        params: enrolmentParamsSchema,
        response: { 200: enrolmentResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return {
        enrolment: await readEnrolment(options, actor, request.params.enrolmentId, request),
      };
    },
  );

  app.post(
    '/enrolments/:enrolmentId/steps',
    {
      schema: {
        tags,
        summary: 'Take one step: interest, not_interested, refer, apply, enrol, complete, drop',
        description:
          'The referring side records her answer from a call, refers her (the consent gate ' +
          'applies: `consent: { channel }` when she agrees now) or drops it; the provider, once ' +
          'it accepted the referral, records applied, enrolled (takes a place), completed or ' +
          'dropped — its referral follows. `drop` needs `dropReason`.',
        params: enrolmentParamsSchema,
        body: stepBodySchema,
        response: { 200: enrolmentResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return {
        enrolment: await stepEnrolment(
          options,
          actor,
          request.params.enrolmentId,
          request.body,
          request,
        ),
      };
    },
  );

  app.post(
    '/enrolments/:enrolmentId/outcome',
    {
      schema: {
        tags,
        summary: 'Record what came of it, with its date (either side, once completed or dropped)',
        params: enrolmentParamsSchema,
        body: outcomeBodySchema,
        response: { 200: enrolmentResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.read');
      return {
        enrolment: await recordOutcome(
          options,
          actor,
          request.params.enrolmentId,
          request.body,
          request,
        ),
      };
    },
  );

  app.get(
    '/institution/enrolments',
    {
      schema: {
        tags,
        summary: "My institution's candidates: women referred to one of its opportunities",
        querystring: providerQuerySchema,
        response: { 200: enrolmentListSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('enrolment.respond');
      return {
        enrolments: await readProviderEnrolments(options, actor, request.query.view, request.id),
      };
    },
  );

  app.get(
    '/referrals/:referralId/enrolment',
    {
      schema: {
        tags,
        summary: 'The opportunity a referral is about, if any (either side of the referral)',
        params: referralParamsSchema,
        response: { 200: referralEnrolmentSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.read');
      return {
        enrolment: await readReferralEnrolment(options, actor, request.params.referralId, request),
      };
    },
  );

  app.get(
    '/indicators/economic-pathway',
    {
      schema: {
        tags,
        summary: 'Requests, steps and outcomes of the pathway, counted (consenting cases only)',
        querystring: funnelQuerySchema,
        response: { 200: funnelViewSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('indicator.read');
      return economicFunnel(options.db, actor, request.query, request.id);
    },
  );
  done();
};
