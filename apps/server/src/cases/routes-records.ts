import { completeFollowUp, scheduleFollowUp } from './follow-ups.ts';
import { addIncident } from './incidents.ts';
import { recordConsent, withdrawConsent } from './consents.ts';
import { sendStaffMessage } from './messages.ts';
import type { CaseworkOptions } from './options.ts';
import { assessCaseRisk } from './risk.ts';
import { mutateFromRoute, type CaseApp } from './route-support.ts';
import {
  caseParamsSchema,
  caseResponseSchema,
  consentBodySchema,
  consentParamsSchema,
  followUpBodySchema,
  followUpParamsSchema,
  incidentBodySchema,
  riskBodySchema,
  staffMessageBodySchema,
} from './schemas.ts';

const tags = ['cases'];
/** Adding a record answers 201 with the whole new file; acting on one answers 200. */
const created = { 201: caseResponseSchema };
const changed = { 200: caseResponseSchema };

/** What a case file accumulates: incidents, risk assessments, consents, follow-ups, messages. */
export function registerCaseRecordRoutes(app: CaseApp, options: CaseworkOptions): void {
  app.post(
    '/cases/:caseId/incidents',
    {
      schema: {
        tags,
        summary: 'Record an incident (GBVIMS type proposed from the legal forms when absent)',
        params: caseParamsSchema,
        body: incidentBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const view = await mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        undefined,
        (c) => addIncident(c, request.body),
      );
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/cases/:caseId/risk-assessments',
    {
      schema: {
        tags,
        summary: 'Assess risk; an override of the computed level needs a reason',
        params: caseParamsSchema,
        body: riskBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const view = await mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        request.body.version,
        (c) => assessCaseRisk(c, request.body),
      );
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/cases/:caseId/consents',
    {
      schema: {
        tags,
        summary: 'Record her consent (or refusal) for one purpose',
        params: caseParamsSchema,
        body: consentBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const view = await mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        undefined,
        (c) => recordConsent(c, request.body),
      );
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/cases/:caseId/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: 'She withdraws a consent',
        params: consentParamsSchema,
        response: changed,
      },
    },
    async (request) =>
      mutateFromRoute(options, request, request.params.caseId, 'case.update', undefined, (c) =>
        withdrawConsent(c, request.params.consentId),
      ),
  );

  app.post(
    '/cases/:caseId/follow-ups',
    {
      schema: {
        tags,
        summary: 'Plan a call-back or follow-up (its owner is reminded when due)',
        params: caseParamsSchema,
        body: followUpBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const view = await mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'case.update',
        undefined,
        (c) => scheduleFollowUp(c, request.body),
      );
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/cases/:caseId/follow-ups/:followUpId/done',
    {
      schema: {
        tags,
        summary: 'Mark a follow-up done (cancels its reminder)',
        params: followUpParamsSchema,
        response: changed,
      },
    },
    async (request) =>
      mutateFromRoute(options, request, request.params.caseId, 'case.update', undefined, (c) =>
        completeFollowUp(c, request.params.followUpId),
      ),
  );

  app.post(
    '/cases/:caseId/messages',
    {
      schema: {
        tags,
        summary: "Write in the survivor's follow-up thread",
        params: caseParamsSchema,
        body: staffMessageBodySchema,
        response: created,
      },
    },
    async (request, reply) => {
      const view = await mutateFromRoute(
        options,
        request,
        request.params.caseId,
        'message.send',
        undefined,
        (c) => sendStaffMessage(c, request.body.body),
      );
      return reply.code(201).send(view);
    },
  );
}
