import type { OpportunityKind } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../db/database.ts';
import { opportunities, publicRequests } from '../db/schema/index.ts';
import { submit } from '../intake/test-support.ts';
import { newId } from '../platform/ids.ts';
import type { StaffClient } from '../testing/staff-session.ts';
import { casablancaDate } from './dates.ts';
import type { ReferralView } from '../referrals/schemas.ts';
import type { EnrolmentView } from './schemas.ts';

/** A calendar date `days` from today in Casablanca (negative: in the past). */
export const dayFromToday = (days: number): string =>
  casablancaDate(new Date(Date.now() + days * 86_400_000));

/** An opportunity in the catalogue, open in Casablanca (141) unless told otherwise. */
export async function buildOpportunity(
  db: Db,
  providerId: string,
  overrides: Partial<typeof opportunities.$inferInsert> & { kind?: OpportunityKind } = {},
): Promise<string> {
  const id = newId();
  await db.insert(opportunities).values({
    id,
    kind: 'vocational_training',
    providerId,
    title: `Opportunity ${id.slice(-6)}`,
    description: 'Three months, certificate, practical workshop.',
    regionCode: '06',
    provinceCodes: ['141'],
    remote: false,
    startsOn: dayFromToday(30),
    endsOn: dayFromToday(120),
    applyBy: dayFromToday(20),
    placesTotal: 10,
    placesLeft: 10,
    literacyRequired: false,
    prerequisites: '',
    childcare: false,
    transport: false,
    stipend: false,
    languages: ['ar', 'fr'],
    contact: {},
    active: true,
    ...overrides,
  });
  return id;
}

/** Her support request from the app, in Tamazight: Casablanca, training, needs childcare. */
export const SUPPORT_REQUEST = {
  language: 'zgh',
  seeking: ['training', 'vocational_training'],
  provinceCode: '141',
  ageBand: 'age_25_34',
  schooling: 'secondary',
  skills: 'Sewing and pastry',
  constraints: { childcare: true },
  contact: { method: 'sms', window: 'evening' },
  consents: { care: true, sharing: false, statistics: true },
};

/** Files her support request; answers the case id and what her app keeps to follow it. */
export async function fileSupportRequest(
  app: FastifyInstance,
  db: Db,
  overrides: Record<string, unknown> = {},
) {
  const response = await submit(app, 'support-requests', { ...SUPPORT_REQUEST, ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  const filed = response.json<{ trackingCode: string; secret: string }>();
  const [row] = await db
    .select({ caseId: publicRequests.caseId })
    .from(publicRequests)
    .where(eq(publicRequests.trackingCode, filed.trackingCode.replace('-', '')));
  if (!row) throw new Error('the request has no case');
  return { ...filed, caseId: row.caseId };
}

/** Proposes an opportunity, expecting success. */
export async function propose(
  client: StaffClient,
  caseId: string,
  opportunityId: string,
): Promise<EnrolmentView> {
  const response = await client.request('POST', `/api/v1/cases/${caseId}/enrolments`, {
    opportunityId,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ enrolment: EnrolmentView }>().enrolment;
}

/** Takes one step, expecting success. */
export async function enrolmentStepAs(
  client: StaffClient,
  enrolment: Pick<EnrolmentView, 'id' | 'version'>,
  step: string,
  extra: Record<string, unknown> = {},
): Promise<EnrolmentView> {
  const response = await client.request('POST', `/api/v1/enrolments/${enrolment.id}/steps`, {
    step,
    version: enrolment.version,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ enrolment: EnrolmentView }>().enrolment;
}

/** Her answer from the app. */
export function answer(
  app: FastifyInstance,
  filed: { trackingCode: string; secret: string },
  enrolmentId: string,
  body: Record<string, unknown>,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/public/requests/${filed.trackingCode}/opportunities/${enrolmentId}/answer`,
    headers: { 'x-request-secret': filed.secret },
    payload: body,
  });
}

/** The enrolment and its referral as the provider reads them, once she was passed on to it. */
export async function asProvider(agent: StaffClient, enrolmentId: string) {
  const read = await agent.request('GET', `/api/v1/enrolments/${enrolmentId}`);
  expect(read.statusCode, read.body).toBe(200);
  const { enrolment } = read.json<{ enrolment: EnrolmentView }>();
  const referral = (
    await agent.request('GET', `/api/v1/referrals/${enrolment.referralId ?? ''}`)
  ).json<{ referral: ReferralView }>().referral;
  return { enrolment, referral };
}
