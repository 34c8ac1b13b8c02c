import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/database.ts';
import { opportunities } from '../db/schema/index.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { csrfTokenFor } from '../identity/sessions.ts';
import { runImportOnce, uploadCsv } from '../platform/csv-import/test-support.ts';
import { newId } from '../platform/ids.ts';
import type { StaffClient } from '../testing/staff-session.ts';
import { opportunityJobHandlers } from './jobs.ts';

// What the catalogue's tests share: an offer in the database, a PUT, a file, the import's job.

type NewOpportunity = typeof opportunities.$inferInsert;

/** The smallest valid offer of a provider: a training in Casablanca, places counted. */
export async function buildOpportunity(
  db: Db,
  providerId: string,
  overrides: Partial<NewOpportunity> = {},
): Promise<typeof opportunities.$inferSelect> {
  const [row] = await db
    .insert(opportunities)
    .values({
      id: newId(),
      kind: 'training',
      providerId,
      title: 'Formation en couture',
      description: '',
      regionCode: '06',
      provinceCodes: ['141'],
      remote: false,
      placesTotal: 10,
      placesLeft: 10,
      literacyRequired: false,
      prerequisites: '',
      childcare: false,
      transport: false,
      stipend: false,
      languages: ['ar'],
      contact: {},
      active: true,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('opportunity not inserted');
  return row;
}

/** The calendar date `days` from today (UTC is close enough: tests keep a margin of days). */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A complete body for the form's POST (and, with a version, its PUT). */
export function opportunityBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: null,
    kind: 'vocational_training',
    title: 'Formation qualifiante en pâtisserie',
    description: 'Six mois, stage en entreprise.',
    regionCode: '06',
    provinceCodes: ['141'],
    remote: false,
    applyBy: inDays(20),
    startsOn: inDays(30),
    endsOn: inDays(120),
    placesTotal: 12,
    eligibility: {
      minAge: 18,
      maxAge: 45,
      schoolingLevel: 'primary',
      literacyRequired: false,
      prerequisites: '',
    },
    conditions: { childcare: true, transport: false, stipend: true },
    languages: ['ar', 'fr'],
    contact: { phone: '+212 522 00 00 00', email: 'formation@ofppt.ma' },
    ...overrides,
  };
}

/** PUT as a signed-in staff member (the shared client speaks the other methods). */
export function put(
  app: FastifyInstance,
  client: StaffClient,
  url: string,
  payload: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'PUT',
    url,
    cookies: { [SESSION_COOKIE]: client.token },
    headers: { 'x-csrf-token': csrfTokenFor(client.token) },
    payload,
  });
}

export const upload = (app: FastifyInstance, client: StaffClient, csv: string | Buffer) =>
  uploadCsv(app, client.token, '/api/v1/opportunities/imports', csv);

const handlers = opportunityJobHandlers();

/** Runs the import's pending job once, as the runner does. False when no run is pending. */
export const runOnce = (db: Db, importId: string, attempt = 1): Promise<boolean> =>
  runImportOnce(db, handlers, 'opportunity.import', importId, attempt);
