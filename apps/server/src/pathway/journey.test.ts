import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consents, jobs, opportunities } from '../db/schema/index.ts';
import { auditedOn } from '../queue/test-support.ts';
import { institutionOf, step } from '../referrals/test-support.ts';
import type { ReferralView } from '../referrals/schemas.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import type { EnrolmentView } from './schemas.ts';
import {
  answer,
  buildOpportunity,
  dayFromToday,
  enrolmentStepAs,
  fileSupportRequest,
  propose,
} from './test-support.ts';

interface MatchesView {
  missing: string[];
  matches: { opportunity: { id: string }; reasons: { code: string; side: string }[] }[];
  alternatives: { opportunity: { id: string }; relaxed: string[] }[];
}

/**
 * From her support request to an income: matched with reasons, proposed, her "yes, pass it on"
 * from the app refers her to the provider, which enrols her and records the end and the outcome
 * — while nobody else ever sees her.
 */
describeEachEngine('the economic pathway, end to end', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('matches, proposes, refers with her consent, enrols, completes and follows up', async () => {
    const { db } = database();
    const provider = await institutionOf(db, 'vocational_training', ['economic_support']);
    const otherProvider = await institutionOf(db, 'employment_agency', ['economic_support']);
    const nearby = await buildOpportunity(db, provider, { childcare: true, placesLeft: 1 });
    const regionWide = await buildOpportunity(db, provider, {
      provinceCodes: [],
      kind: 'training',
    });
    const remote = await buildOpportunity(db, otherProvider, {
      kind: 'training',
      remote: true,
      regionCode: null,
      provinceCodes: [],
    });
    const expired = await buildOpportunity(db, provider, { applyBy: dayFromToday(-1) });
    const full = await buildOpportunity(db, provider, { placesLeft: 0 });
    const elsewhere = await buildOpportunity(db, provider, {
      regionCode: '01',
      provinceCodes: ['151'],
    });
    const filed = await fileSupportRequest(app, db);
    const listener = await as(app, db, 'listener');
    const agent = await as(app, db, 'institution_agent', { institutionId: provider });
    const stranger = await as(app, db, 'institution_agent', { institutionId: otherProvider });

    const profile = await listener.request('GET', `/api/v1/cases/${filed.caseId}/economic-profile`);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      source: 'request',
      version: 0,
      skills: 'Sewing and pastry',
      profile: { seeking: ['training', 'vocational_training'], needsChildcare: true },
    });

    const matched = await listener.request(
      'GET',
      `/api/v1/cases/${filed.caseId}/opportunity-matches`,
    );
    expect(matched.statusCode, matched.body).toBe(200);
    const view = matched.json<MatchesView>();
    const ids = view.matches.map((m) => m.opportunity.id);
    expect(ids).toEqual([nearby, regionWide, remote]);
    expect(ids).not.toContain(expired);
    expect(ids).not.toContain(full);
    expect(view.alternatives.map((a) => a.opportunity.id)).not.toContain(elsewhere);
    const first = view.matches[0]?.reasons.map((r) => r.code) ?? [];
    expect(first).toEqual(expect.arrayContaining(['in_her_province', 'childcare_provided']));
    expect(view.matches[1]?.reasons.map((r) => r.code)).toContain('childcare_missing');
    expect(await auditedOn(db, filed.caseId, 'opportunity.matches_viewed')).toHaveLength(1);

    const proposed = await propose(listener, filed.caseId, nearby);
    expect(proposed.status).toBe('proposed');
    expect(proposed.abilities.steps).toEqual(
      expect.arrayContaining(['interest', 'not_interested', 'drop']),
    );
    // Not referred yet: the provider knows nothing of her.
    expect((await agent.request('GET', `/api/v1/enrolments/${proposed.id}`)).statusCode).toBe(404);

    const follow = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${filed.trackingCode}`,
      headers: { 'x-request-secret': filed.secret },
    });
    expect(follow.json<{ opportunities: unknown[] }>().opportunities).toEqual([
      expect.objectContaining({ enrolmentId: proposed.id, stage: 'proposed', childcare: true }),
    ]);

    const said = await answer(app, filed, proposed.id, {
      interested: true,
      shareWithProvider: true,
    });
    expect(said.statusCode, said.body).toBe(200);
    expect(said.json()).toMatchObject({ opportunity: { stage: 'waiting' } });
    const again = await answer(app, filed, proposed.id, {
      interested: true,
      shareWithProvider: true,
    });
    expect(again.statusCode).toBe(200);
    const shared = await db
      .select()
      .from(consents)
      .where(and(eq(consents.caseId, filed.caseId), eq(consents.institutionId, provider)));
    // Her consent is to pass this request on, not to share her file.
    expect(shared).toEqual([
      expect.objectContaining({ purpose: 'opportunity_referral', granted: true, channel: 'app' }),
    ]);

    const inbox = await agent.request('GET', '/api/v1/institution/enrolments');
    const [candidate] = inbox.json<{ enrolments: EnrolmentView[] }>().enrolments;
    expect(candidate).toMatchObject({
      id: proposed.id,
      status: 'referred',
      contact: { method: 'sms', window: 'evening' },
    });
    // The provider reaches her about the opportunity; it never reads her file.
    expect((await agent.request('GET', `/api/v1/cases/${filed.caseId}`)).statusCode).toBe(404);
    expect(
      (await listener.request('GET', `/api/v1/enrolments/${proposed.id}`)).json<{
        enrolment: EnrolmentView;
      }>().enrolment.contact,
    ).toBeNull();
    expect((await stranger.request('GET', `/api/v1/enrolments/${proposed.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await stranger.request('GET', '/api/v1/institution/enrolments')).json<{
        enrolments: unknown[];
      }>().enrolments,
    ).toEqual([]);
    if (!candidate?.referralId) throw new Error('no referral');

    // The provider may not enrol her before it has accepted the referral.
    const early = await agent.request('POST', `/api/v1/enrolments/${candidate.id}/steps`, {
      step: 'enrol',
      version: candidate.version,
    });
    expect(early.json<{ error: { code: string } }>().error.code).toBe('invalid_transition');
    const referralView = await agent.request('GET', `/api/v1/referrals/${candidate.referralId}`);
    const referral = referralView.json<{ referral: ReferralView }>().referral;
    await step(agent, await step(agent, referral, 'acknowledged'), 'accepted');

    let enrolment = await enrolmentStepAs(agent, candidate, 'apply');
    enrolment = await enrolmentStepAs(agent, enrolment, 'enrol');
    const [taken] = await db.select().from(opportunities).where(eq(opportunities.id, nearby));
    expect(taken?.placesLeft).toBe(0);
    enrolment = await enrolmentStepAs(agent, enrolment, 'complete');
    expect(enrolment).toMatchObject({ status: 'completed', abilities: { recordOutcome: true } });
    const afterReferral = await agent.request('GET', `/api/v1/referrals/${candidate.referralId}`);
    expect(afterReferral.json<{ referral: ReferralView }>().referral.status).toBe('completed');
    const checks = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'enrolment.outcome_check'), eq(jobs.state, 'pending')));
    expect(checks.map((j) => j.singletonKey).sort()).toEqual([
      `${enrolment.id}:3m`,
      `${enrolment.id}:6m`,
    ]);

    const outcome = await agent.request('POST', `/api/v1/enrolments/${enrolment.id}/outcome`, {
      outcome: 'employed',
      on: dayFromToday(0),
      version: enrolment.version,
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    const file = await listener.request('GET', `/api/v1/cases/${filed.caseId}`);
    const timeline = file.json<{ timeline: { kind: string; summary: Record<string, unknown> }[] }>()
      .timeline;
    expect(timeline.find((e) => e.kind === 'enrolment.outcome_recorded')?.summary).toMatchObject({
      economicOutcome: 'employed',
    });
    const followed = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${filed.trackingCode}`,
      headers: { 'x-request-secret': filed.secret },
    });
    expect(followed.json<{ opportunities: { stage: string }[] }>().opportunities[0]?.stage).toBe(
      'done',
    );

    const analyst = await as(app, db, 'analyst');
    const funnel = await analyst.request(
      'GET',
      `/api/v1/indicators/economic-pathway?from=${dayFromToday(-1)}&to=${dayFromToday(1)}&provinceCode=141`,
    );
    expect(funnel.statusCode, funnel.body).toBe(200);
    const figures = funnel.json<{
      requests: { kind: string; count: number }[];
      steps: { step: string; count: number }[];
      outcomes: { outcome: string; count: number }[];
    }>();
    expect(figures.requests).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'training', count: 1 })]),
    );
    const stepCount = (name: string) => figures.steps.find((s) => s.step === name)?.count;
    expect([
      stepCount('proposed'),
      stepCount('referred'),
      stepCount('enrolled'),
      stepCount('completed'),
    ]).toEqual([1, 1, 1, 1]);
    expect(figures.outcomes).toEqual([
      { kind: 'vocational_training', outcome: 'employed', count: 1 },
    ]);
  });
});
