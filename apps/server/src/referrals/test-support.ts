import type { InstitutionType, ServiceType } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../db/database.ts';
import { institutions } from '../db/schema/index.ts';
import { buildInstitution } from '../testing/factories.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import type { ReferralView } from './schemas.ts';

/** An institution of the given kind in Casablanca (province 141), open round the clock. */
export async function institutionOf(
  db: Db,
  type: InstitutionType,
  services: ServiceType[],
  name: string = type,
): Promise<string> {
  const { id } = await buildInstitution(db, { type, name });
  await db.update(institutions).set({ services, open247: true }).where(eq(institutions.id, id));
  return id;
}

/** A small referral network and one account on each side. */
export async function referralNetwork(app: FastifyInstance, db: Db) {
  const gendarmerie = await institutionOf(db, 'gendarmerie_cell', [
    'listening',
    'orientation',
    'accompaniment',
  ]);
  const emf = await institutionOf(db, 'emf_centre', ['listening', 'orientation', 'shelter']);
  const hospital = await institutionOf(db, 'hospital_unit', ['medical', 'listening']);
  const listener = await as(app, db, 'listener');
  const supervisor = await as(app, db, 'supervisor');
  const agent = await as(app, db, 'institution_agent', { institutionId: gendarmerie });
  const manager = await as(app, db, 'institution_manager', { institutionId: gendarmerie });
  const emfAgent = await as(app, db, 'institution_agent', { institutionId: emf });
  return { gendarmerie, emf, hospital, listener, supervisor, agent, manager, emfAgent };
}

/** Creates (and sends) a referral, expecting success. */
export async function refer(
  client: StaffClient,
  caseId: string,
  body: Record<string, unknown>,
): Promise<ReferralView> {
  const response = await client.request('POST', `/api/v1/cases/${caseId}/referrals`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ referral: ReferralView }>().referral;
}

/** Takes one step, expecting success. */
export async function step(
  client: StaffClient,
  referral: Pick<ReferralView, 'id' | 'version'>,
  to: string,
  extra: Record<string, unknown> = {},
): Promise<ReferralView> {
  const response = await client.request('POST', `/api/v1/referrals/${referral.id}/transitions`, {
    to,
    version: referral.version,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ referral: ReferralView }>().referral;
}
