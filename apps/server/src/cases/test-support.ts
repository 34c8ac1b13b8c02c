import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../db/database.ts';
import { publicRequests } from '../db/schema/index.ts';
import { CONSENTS, submit } from '../intake/test-support.ts';
import type { StaffClient } from '../testing/staff-session.ts';
import type { CaseView } from './view-schema.ts';

/** A report from the survivor app, as she sends it, placed in Casablanca unless told. */
export const REPORT = {
  kind: 'violence',
  language: 'fr',
  provinceCode: '141',
  areaType: 'urban',
  safeNow: 'yes',
  harms: ['hit_or_hurt', 'threats_or_insults'],
  when: 'this_week',
  perpetrator: 'husband',
  risk: { choking: 'yes', isolated: 'yes', pregnant: 'no' },
  narrative: 'He hit me on Tuesday evening',
  contact: { phone: '06 12 34 56 78', method: 'call', window: 'evening', codeWord: 'jasmine' },
  consents: CONSENTS,
} as const;

export interface FiledReport {
  readonly caseId: string;
  readonly trackingCode: string;
  readonly secret: string;
}

/** Files a real report through the public API and finds its case. */
export async function fileReport(
  app: FastifyInstance,
  db: Db,
  overrides: Record<string, unknown> = {},
): Promise<FiledReport> {
  const response = await submit(app, 'reports', { ...REPORT, ...overrides });
  expect(response.statusCode).toBe(201);
  const { trackingCode, secret } = response.json<{ trackingCode: string; secret: string }>();
  const [row] = await db
    .select({ caseId: publicRequests.caseId })
    .from(publicRequests)
    .where(eq(publicRequests.trackingCode, trackingCode.replace('-', '')));
  if (!row) throw new Error('the report has no case');
  return { caseId: row.caseId, trackingCode, secret };
}

/** Reads a case file as `client`, expecting it to be there. */
export async function viewCase(client: StaffClient, caseId: string): Promise<CaseView> {
  const response = await client.request('GET', `/api/v1/cases/${caseId}`);
  expect(response.statusCode).toBe(200);
  return response.json<CaseView>();
}
