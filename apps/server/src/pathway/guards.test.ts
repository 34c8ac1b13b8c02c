import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { economicProfiles, enrolments, followUps, opportunities } from '../db/schema/index.ts';
import { startJobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { institutionOf, step } from '../referrals/test-support.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import { pathwayJobHandlers } from './outcome-checks.ts';
import type { EnrolmentView } from './schemas.ts';
import {
  answer,
  asProvider,
  buildOpportunity,
  dayFromToday,
  enrolmentStepAs,
  fileSupportRequest,
  propose,
} from './test-support.ts';

const errorCode = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

/** What the pathway refuses, and what it keeps: places, deadlines, versions, her answers. */
describeEachEngine('the economic pathway, its guards', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses lapsed and full opportunities, a second proposal, and a stale version', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const lapsed = await buildOpportunity(db, provider, { applyBy: dayFromToday(-2) });
    const full = await buildOpportunity(db, provider, { placesLeft: 0 });
    const open = await buildOpportunity(db, provider);
    const filed = await fileSupportRequest(app, db);
    const listener = await as(app, db, 'listener');
    const path = `/api/v1/cases/${filed.caseId}/enrolments`;
    expect(errorCode(await listener.request('POST', path, { opportunityId: lapsed }))).toBe(
      'opportunity_closed',
    );
    expect(errorCode(await listener.request('POST', path, { opportunityId: full }))).toBe(
      'opportunity_full',
    );
    const proposed = await propose(listener, filed.caseId, open);
    expect(errorCode(await listener.request('POST', path, { opportunityId: open }))).toBe(
      'conflict',
    );
    const moved = await enrolmentStepAs(listener, proposed, 'interest');
    const stale = await listener.request('POST', `/api/v1/enrolments/${proposed.id}/steps`, {
      step: 'drop',
      dropReason: 'childcare',
      version: proposed.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'stale_version', current: { version: moved.version } },
    });
    const noReason = await listener.request('POST', `/api/v1/enrolments/${proposed.id}/steps`, {
      step: 'drop',
      version: moved.version,
    });
    expect(noReason.statusCode).toBe(400);
    // Referring without her consent to share with the provider is refused until she gives it.
    const refused = await listener.request('POST', `/api/v1/enrolments/${proposed.id}/steps`, {
      step: 'refer',
      version: moved.version,
    });
    expect(errorCode(refused)).toBe('consent_required');
    const referred = await enrolmentStepAs(listener, moved, 'refer', {
      consent: { channel: 'phone' },
    });
    expect(referred.status).toBe('referred');
  });

  it('gives the last place once, and gives it back when she leaves', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const agent = await as(app, db, 'institution_agent', { institutionId: provider });
    const listener = await as(app, db, 'listener');
    const last = await buildOpportunity(db, provider, { placesLeft: 1, placesTotal: 1 });
    const enrolled: EnrolmentView[] = [];
    for (const phone of ['0611111111', '0622222222']) {
      const filed = await fileSupportRequest(app, db, {
        contact: { method: 'call', window: 'evening', phone },
      });
      const proposed = await propose(listener, filed.caseId, last);
      const said = await answer(app, filed, proposed.id, {
        interested: true,
        shareWithProvider: true,
      });
      expect(said.statusCode, said.body).toBe(200);
      const { enrolment, referral } = await asProvider(agent, proposed.id);
      await step(agent, await step(agent, referral, 'acknowledged'), 'accepted');
      enrolled.push(enrolment);
    }
    const [first, second] = enrolled;
    if (!first || !second) throw new Error('two enrolments expected');
    const taken = await enrolmentStepAs(agent, first, 'enrol');
    const none = await agent.request('POST', `/api/v1/enrolments/${second.id}/steps`, {
      step: 'enrol',
      version: second.version,
    });
    expect(errorCode(none)).toBe('opportunity_full');
    await enrolmentStepAs(agent, taken, 'drop', { dropReason: 'transport_distance' });
    const [row] = await db.select().from(opportunities).where(eq(opportunities.id, last));
    expect(row?.placesLeft).toBe(1);
    expect((await enrolmentStepAs(agent, second, 'enrol')).status).toBe('enrolled');
  });

  it('ends her path when the provider declines from its inbox, and gives her place back', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const agent = await as(app, db, 'institution_agent', { institutionId: provider });
    const listener = await as(app, db, 'listener');
    const filed = await fileSupportRequest(app, db);
    const proposed = await propose(listener, filed.caseId, await buildOpportunity(db, provider));
    await answer(app, filed, proposed.id, { interested: true, shareWithProvider: true });
    let { referral } = await asProvider(agent, proposed.id);
    expect(referral.scope).toBe('opportunity');
    referral = await step(agent, await step(agent, referral, 'acknowledged'), 'accepted');
    // Its work is started and ended through her enrolment, not from the referral.
    const started = await agent.request('POST', `/api/v1/referrals/${referral.id}/transitions`, {
      to: 'in_progress',
      version: referral.version,
    });
    expect(errorCode(started)).toBe('invalid_transition');
    expect(referral.allowedTransitions).not.toContain('in_progress');
    // Her file may still be referred to the same institution: that is another path.
    const fileReferral = await listener.request('POST', `/api/v1/cases/${filed.caseId}/referrals`, {
      institutionId: provider,
      services: ['economic_support'],
      consent: { channel: 'phone' },
    });
    expect(fileReferral.statusCode, fileReferral.body).toBe(201);
    const other = await fileSupportRequest(app, db);
    const second = await propose(listener, other.caseId, await buildOpportunity(db, provider));
    await answer(app, other, second.id, { interested: true, shareWithProvider: true });
    const { referral: secondReferral } = await asProvider(agent, second.id);
    await step(agent, await step(agent, secondReferral, 'acknowledged'), 'declined', {
      reason: 'The session is for women over 30',
    });
    const [dropped] = await db.select().from(enrolments).where(eq(enrolments.id, second.id));
    expect(dropped).toMatchObject({ status: 'dropped', droppedReason: 'not_suitable' });
    const follow = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${other.trackingCode}`,
      headers: { 'x-request-secret': other.secret },
    });
    expect(follow.json<{ opportunities: { stage: string }[] }>().opportunities[0]?.stage).toBe(
      'stopped',
    );
  });

  it('offers the nearest alternatives when nothing in her reach matches', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    // Oujda-Angad (region 02) while she lives in Figuig (also region 02) and stays in her province.
    const neighbouring = await buildOpportunity(db, provider, {
      regionCode: '02',
      provinceCodes: ['411'],
    });
    const far = await buildOpportunity(db, provider, { regionCode: '01', provinceCodes: ['511'] });
    const filed = await fileSupportRequest(app, db, {
      provinceCode: '251',
      constraints: { childcare: true, mobility: true },
    });
    const listener = await as(app, db, 'listener');
    const view = (
      await listener.request('GET', `/api/v1/cases/${filed.caseId}/opportunity-matches`)
    ).json<{
      matches: unknown[];
      alternatives: { opportunity: { id: string }; relaxed: string[] }[];
    }>();
    const relaxedOf = (id: string) =>
      view.alternatives.find((a) => a.opportunity.id === id)?.relaxed;
    expect(relaxedOf(neighbouring)).toEqual(['neighbouring_province']);
    expect(relaxedOf(far)).toEqual(['outside_region']);
  });

  it('keeps her answers idempotent and another woman’s enrolment out of reach', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const listener = await as(app, db, 'listener');
    const her = await fileSupportRequest(app, db);
    const other = await fileSupportRequest(app, db);
    const opportunity = await buildOpportunity(db, provider);
    const hers = await propose(listener, her.caseId, opportunity);
    const theirs = await propose(listener, other.caseId, opportunity);
    expect((await answer(app, her, theirs.id, { interested: false })).statusCode).toBe(404);
    for (let i = 0; i < 2; i += 1) {
      const said = await answer(app, her, hers.id, { interested: false });
      expect(said.json()).toMatchObject({ opportunity: { stage: 'stopped' } });
    }
    const [row] = await db.select().from(enrolments).where(eq(enrolments.id, hers.id));
    expect(row).toMatchObject({ status: 'dropped', droppedReason: 'not_interested' });
    const wrong = await app.inject({
      method: 'POST',
      url: `/api/v1/public/requests/${her.trackingCode}/opportunities/${hers.id}/answer`,
      headers: { 'x-request-secret': 'not-her-secret' },
      payload: { interested: true },
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('saves her profile once, encrypted, with versions', async () => {
    const { db } = database();
    const filed = await fileSupportRequest(app, db);
    const listener = await as(app, db, 'listener');
    const path = `/api/v1/cases/${filed.caseId}/economic-profile`;
    const body = {
      seeking: ['business_creation'],
      provinceCode: '141',
      ageBand: 'age_25_34',
      schooling: 'secondary',
      literate: true,
      needsChildcare: false,
      mobility: 'anywhere',
      availability: 'part_time',
      languages: ['ar', 'fr'],
      skills: 'Bookkeeping for a family shop',
      version: 0,
    };
    const saved = await listener.request('PUT', path, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, source: 'saved', missing: [] });
    expect((await listener.request('PUT', path, body)).statusCode).toBe(409);
    const [row] = await db
      .select()
      .from(economicProfiles)
      .where(eq(economicProfiles.caseId, filed.caseId));
    expect(row?.skillsEnc?.includes('Bookkeeping')).toBe(false);
    const unknown = await listener.request('PUT', path, {
      ...body,
      version: 1,
      provinceCode: '999',
    });
    expect(unknown.statusCode).toBe(400);
    const agent = await as(app, db, 'institution_agent');
    expect((await agent.request('GET', path)).statusCode).toBe(404);
  });

  it('asks the helpline for her outcome three and six months after completion', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const agent = await as(app, db, 'institution_agent', { institutionId: provider });
    const listener = await as(app, db, 'listener');
    const filed = await fileSupportRequest(app, db);
    const proposed = await propose(listener, filed.caseId, await buildOpportunity(db, provider));
    await answer(app, filed, proposed.id, { interested: true, shareWithProvider: true });
    const provided = await asProvider(agent, proposed.id);
    let enrolment = provided.enrolment;
    const referral = provided.referral;
    await step(agent, await step(agent, referral, 'acknowledged'), 'accepted');
    enrolment = await enrolmentStepAs(agent, enrolment, 'enrol');
    await enrolmentStepAs(agent, enrolment, 'complete');
    const silent = createLogger('silent');
    const runner = startJobRunner(db, pathwayJobHandlers(), silent, { pollMs: 3_600_000 });
    try {
      const inFour = new Date(Date.now() + 100 * 86_400_000);
      expect(await runner.runDue(inFour)).toBeGreaterThanOrEqual(1);
      const inSeven = new Date(Date.now() + 190 * 86_400_000);
      expect(await runner.runDue(inSeven)).toBeGreaterThanOrEqual(1);
    } finally {
      await runner.stop();
    }
    const calls = await db.select().from(followUps).where(eq(followUps.caseId, filed.caseId));
    expect(calls.filter((c) => c.kind === 'follow_up')).toHaveLength(2);
  });
});
