import type { CallWindow, ContactMethod, EnrolmentSide } from '@sanad/core';
import { SHARING_REFERRAL_STATUSES } from '@sanad/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { intakeDetails } from '../db/schema/index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { readPerson } from '../persons/persons.ts';
import type { LoadedEnrolment } from './load.ts';

/** How the provider may reach her about the opportunity: what she agreed it may know. */
export interface ProviderContact {
  readonly firstName: string | null;
  readonly phone: string | null;
  readonly method: ContactMethod | null;
  readonly window: CallWindow | null;
}

/**
 * Her name and number, and how and when she wants to be called, for the provider she agreed to
 * be passed on to — while its referral is live (acknowledged, accepted, in progress) and not once
 * it is over. Nobody else gets it through the pathway: the referring side reads her file.
 */
export async function providerContact(
  tx: Db,
  keyring: Keyring,
  loaded: LoadedEnrolment,
  side: EnrolmentSide | null,
): Promise<ProviderContact | null> {
  const status = loaded.referralStatus;
  if (side !== 'provider' || status === null || status === 'completed') return null;
  if (!SHARING_REFERRAL_STATUSES.includes(status)) return null;
  const [intake] = await tx
    .select({ method: intakeDetails.contactMethod, window: intakeDetails.callWindow })
    .from(intakeDetails)
    .where(eq(intakeDetails.caseId, loaded.caseRow.id));
  const survivorId = loaded.caseRow.survivorId;
  const person = survivorId === null ? undefined : await readPerson(tx, keyring, survivorId);
  const known = person !== undefined && !person.erased ? person : null;
  return {
    firstName: known?.name ?? null,
    phone: known?.phone ?? null,
    method: intake?.method ?? null,
    window: intake?.window ?? null,
  };
}
