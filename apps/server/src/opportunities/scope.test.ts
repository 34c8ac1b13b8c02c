import type { Actor } from '@sanad/core';
import type { FastifyInstance } from 'fastify';
import { and, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { opportunities } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import type { OpportunityView } from './schemas.ts';
import { canReadOpportunity, opportunitiesReadableBy } from './scope.ts';
import { casablancaToday, statusOf } from './status.ts';
import { buildOpportunity, inDays, opportunityBody, put } from './test-support.ts';

type List = { opportunities: OpportunityView[]; total: number };

describeEachEngine('who reads and manages which opportunity', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const list = async (client: StaffClient, query: string) => {
    const response = await client.request('GET', `/api/v1/opportunities?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<List>();
  };

  it('lets a provider manage its own offers only, and read the others’ running ones', async () => {
    const mine = await as(app, db(), 'institution_manager');
    const theirs = await as(app, db(), 'institution_agent');
    const created = await mine.request('POST', '/api/v1/opportunities', opportunityBody());
    const offer = created.json<{ opportunity: OpportunityView }>().opportunity;
    const url = `/api/v1/opportunities/${offer.id}`;

    const seen = await list(theirs, `providerId=${mine.institutionId}`);
    expect(seen.opportunities).toEqual([
      expect.objectContaining({ id: offer.id, abilities: { canManage: false } }),
    ]);
    const listener = await as(app, db(), 'listener');
    expect((await list(listener, `providerId=${mine.institutionId}`)).opportunities).toEqual([
      expect.objectContaining({ id: offer.id, abilities: { canManage: false } }),
    ]);
    const admin = await as(app, db(), 'admin');
    const adminView = await admin.request('GET', url);
    expect(adminView.json()).toMatchObject({ opportunity: { abilities: { canManage: true } } });

    // Read, but not hers to change: 403, nothing changed.
    expect((await put(app, theirs, url, opportunityBody({ version: 1 }))).statusCode).toBe(403);
    const close = await theirs.request('POST', `${url}/close`, { version: 1 });
    expect(close.statusCode).toBe(403);

    // Once closed, it is between its provider and the platform: another provider gets a 404.
    await mine.request('POST', `${url}/close`, { version: 1, reason: 'cancelled' });
    expect((await theirs.request('GET', url)).statusCode).toBe(404);
    expect((await put(app, theirs, url, opportunityBody({ version: 2 }))).statusCode).toBe(404);
    const closedList = `providerId=${mine.institutionId}&status=closed`;
    expect((await list(theirs, closedList)).total).toBe(0);
    expect((await list(mine, closedList)).opportunities.map((o) => o.id)).toEqual([offer.id]);
    expect((await list(listener, closedList)).total).toBe(1);
  });

  it('filters by kind, place, status and words, and pages, in the database', async () => {
    const provider = await buildInstitution(db(), { type: 'employment_agency' });
    const p = provider.id;
    const [casa, settatWide, remote, rabat, jobs, lapsed, full] = await Promise.all([
      buildOpportunity(db(), p, { title: 'Couture Casablanca', provinceCodes: ['141'] }),
      buildOpportunity(db(), p, { title: 'Cuisine, toute la région', provinceCodes: [] }),
      buildOpportunity(db(), p, {
        title: 'Bureautique en ligne',
        regionCode: null,
        provinceCodes: [],
        remote: true,
      }),
      buildOpportunity(db(), p, {
        title: 'Pâtisserie Rabat',
        regionCode: '04',
        provinceCodes: ['421'],
      }),
      buildOpportunity(db(), p, { title: 'Emploi 50% Casablanca', kind: 'job_offer' }),
      buildOpportunity(db(), p, { title: 'Ancienne formation', applyBy: inDays(-3) }),
      buildOpportunity(db(), p, { title: 'Formation complète', placesLeft: 0 }),
    ]);
    const listener = await as(app, db(), 'listener');
    const ids = async (query: string) =>
      (await list(listener, `providerId=${p}&${query}`)).opportunities.map((o) => o.id).sort();
    const sorted = (...rows: { id: string }[]) => rows.map((r) => r.id).sort();

    // Casablanca (141): listed there, region-wide in 06, or remote; open by default.
    expect(await ids('provinceCode=141')).toEqual(sorted(casa, settatWide, remote, jobs));
    expect(await ids('provinceCode=421')).toEqual(sorted(remote, rabat));
    expect(await ids('regionCode=04')).toEqual(sorted(remote, rabat));
    expect(await ids('kind=job_offer')).toEqual(sorted(jobs));
    // `%` is a letter in a search, not a wildcard.
    expect(await ids('q=50%25')).toEqual(sorted(jobs));
    expect(await ids('q=FORMATION&status=all')).toEqual(sorted(lapsed, full));
    expect(await ids('status=expired')).toEqual(sorted(lapsed));
    expect(await ids('status=full')).toEqual(sorted(full));

    const firstPage = await list(listener, `providerId=${p}&status=all&limit=3`);
    const secondPage = await list(listener, `providerId=${p}&status=all&limit=3&offset=3`);
    expect(firstPage.total).toBe(7);
    expect(firstPage.opportunities).toHaveLength(3);
    const paged = [...firstPage.opportunities, ...secondPage.opportunities].map((o) => o.id);
    expect(new Set(paged).size).toBe(6);
  });

  it('keeps the read rule and its SQL twin in agreement', async () => {
    const provider = await buildInstitution(db());
    const other = await buildInstitution(db());
    const rows = await Promise.all(
      [provider.id, other.id].flatMap((providerId) => [
        buildOpportunity(db(), providerId),
        buildOpportunity(db(), providerId, { placesLeft: 0 }),
        buildOpportunity(db(), providerId, { endsOn: inDays(-1), startsOn: inDays(-30) }),
        buildOpportunity(db(), providerId, { expiredAt: new Date() }),
        buildOpportunity(db(), providerId, { closedAt: new Date(), active: false }),
      ]),
    );
    const today = casablancaToday(new Date());
    const actors: Actor[] = (['listener', 'supervisor', 'admin', 'analyst'] as const)
      .map((role): Actor => ({ id: role, role, scope: { level: 'national' }, institutionId: null }))
      .concat(
        (['institution_agent', 'institution_manager'] as const).map((role) => ({
          id: role,
          role,
          scope: { level: 'national' },
          institutionId: provider.id,
        })),
      );
    for (const actor of actors) {
      const inQuery = await db()
        .select({ id: opportunities.id })
        .from(opportunities)
        .where(
          and(
            inArray(
              opportunities.id,
              rows.map((r) => r.id),
            ),
            opportunitiesReadableBy(actor, today),
          ),
        );
      const expected = rows
        .filter((r) => canReadOpportunity(actor, { ...r, status: statusOf(r, today) }))
        .map((r) => r.id)
        .sort();
      expect(inQuery.map((r) => r.id).sort(), actor.role).toEqual(expected);
    }
  });
});
