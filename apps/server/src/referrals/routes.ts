import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { createReferral, sendReferral } from './commands.ts';
import type { ReferralOptions } from './context.ts';
import { readCaseReferrals, readInbox, readProposals, readReferral } from './reads.ts';
import { listRequests, registerRequest } from './requests.ts';
import {
  caseParamsSchema,
  createReferralBodySchema,
  inboxQuerySchema,
  inboxResponseSchema,
  proposalsQuerySchema,
  proposalsResponseSchema,
  referralListSchema,
  referralParamsSchema,
  referralResponseSchema,
  registerRequestBodySchema,
  requestCreatedSchema,
  requestListSchema,
  sendReferralBodySchema,
  serviceRecordBodySchema,
  transitionBodySchema,
} from './schemas.ts';
import { recordService } from './services.ts';
import { stepReferral } from './steps.ts';

const tags = ['referrals'];

/**
 * Referrals (issue #6): proposals with their reasons, the consent gate, the lifecycle on both
 * sides, services delivered, the institution's inbox, and requests from competent bodies.
 * Every route decides on the record with the rules of `@sanad/core` (404 outside one's reach).
 */
export const referralRoutes: FastifyPluginCallbackZod<ReferralOptions> = (app, options, done) => {
  app.get(
    '/cases/:caseId/referral-proposals',
    {
      schema: {
        tags,
        summary: 'Institutions proposed for her case, ranked, each with its reasons (audited)',
        params: caseParamsSchema,
        querystring: proposalsQuerySchema,
        response: { 200: proposalsResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.create');
      return readProposals(options, actor, request.params.caseId, request.query.services, request);
    },
  );

  app.get(
    '/cases/:caseId/referrals',
    {
      schema: {
        tags,
        summary: "The case's referrals, newest first (referring side; audited)",
        params: caseParamsSchema,
        response: { 200: referralListSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.read');
      return {
        referrals: await readCaseReferrals(options, actor, request.params.caseId, request),
      };
    },
  );

  app.post(
    '/cases/:caseId/referrals',
    {
      schema: {
        tags,
        summary: 'Refer her case to an institution (sent at once unless `send: false`)',
        description:
          'Sending needs her consent to share with that institution — recorded before, or given ' +
          'now with `consent: { channel }` — or, for an EMERGENCY case, `emergencyOverride` with ' +
          'a reason, which alerts the supervisors. Otherwise 409 `consent_required`.',
        params: caseParamsSchema,
        body: createReferralBodySchema,
        response: { 201: referralResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('referral.create');
      const referral = await createReferral(
        options,
        actor,
        request.params.caseId,
        request.body,
        request,
      );
      return reply.code(201).send({ referral });
    },
  );

  app.get(
    '/referrals/:referralId',
    {
      schema: {
        tags,
        summary: 'One referral, for its referring side or its receiving institution (audited)',
        params: referralParamsSchema,
        response: { 200: referralResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.read');
      return { referral: await readReferral(options, actor, request.params.referralId, request) };
    },
  );

  app.post(
    '/referrals/:referralId/send',
    {
      schema: {
        tags,
        summary: 'Send a draft referral (the consent gate applies)',
        params: referralParamsSchema,
        body: sendReferralBodySchema,
        response: { 200: referralResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.send');
      const referral = await sendReferral(
        options,
        actor,
        request.params.referralId,
        request.body,
        request,
      );
      return { referral };
    },
  );

  app.post(
    '/referrals/:referralId/transitions',
    {
      schema: {
        tags,
        summary: 'Take one step: acknowledge, accept, decline, start, complete, or revoke',
        params: referralParamsSchema,
        body: transitionBodySchema,
        response: { 200: referralResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.read');
      const referral = await stepReferral(
        options,
        actor,
        request.params.referralId,
        request.body,
        request,
      );
      return { referral };
    },
  );

  app.post(
    '/referrals/:referralId/services',
    {
      schema: {
        tags,
        summary: 'Record a service delivered (receiving institution)',
        params: referralParamsSchema,
        body: serviceRecordBodySchema,
        response: { 201: referralResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('referral.record_service');
      const referral = await recordService(
        options,
        actor,
        request.params.referralId,
        request.body,
        request,
      );
      return reply.code(201).send({ referral });
    },
  );

  app.get(
    '/institution/referrals',
    {
      schema: {
        tags,
        summary: "My institution's inbox: open referrals by deadline, or closed ones (audited)",
        querystring: inboxQuerySchema,
        response: { 200: inboxResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('referral.respond');
      return readInbox(options, actor, request.query.view, request.id);
    },
  );

  app.post(
    '/institution/requests',
    {
      schema: {
        tags,
        summary: 'Register a woman my institution is seeing, to refer her for services elsewhere',
        body: registerRequestBodySchema,
        response: { 201: requestCreatedSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('request.create');
      const created = await registerRequest(
        options.db,
        options.keyring,
        actor,
        request.body,
        request.id,
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/institution/requests',
    {
      schema: {
        tags,
        summary: 'Requests my institution registered, with their referrals (audited)',
        response: { 200: requestListSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('request.read');
      return { requests: await listRequests(options, actor, request.id) };
    },
  );
  done();
};
