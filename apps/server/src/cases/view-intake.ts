import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { contacts, intakeDetails } from '../db/schema/index.ts';
import { readPerson } from '../persons/persons.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { KeyBox } from './key-box.ts';
import type { CaseRow } from './load.ts';
import type { IntakeView } from './view-schema.ts';

/** The location the app sends, as intake stored it (submit-report.ts). */
const storedLocation = z.object({
  latitude: z.number(),
  longitude: z.number(),
  accuracyMeters: z.number().optional(),
});

/** "lat, lon (±m)": what a listener reads out to a security service. */
function locationText(location: z.infer<typeof storedLocation>): string {
  const at = `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`;
  return location.accuracyMeters === undefined
    ? at
    : `${at} (±${String(Math.round(location.accuracyMeters))} m)`;
}

/**
 * The number she can be reached on: the survivor's own record, else the person on the case's
 * first contact (someone writing for her). Null once erased (crypto-shredded).
 */
async function phoneOf(tx: Db, keyring: Keyring, row: CaseRow): Promise<string | null> {
  let personId = row.survivorId;
  if (personId === null) {
    const [first] = await tx
      .select({ personId: contacts.personId })
      .from(contacts)
      .where(and(eq(contacts.caseId, row.id), isNotNull(contacts.personId)))
      .orderBy(asc(contacts.occurredAt))
      .limit(1);
    personId = first?.personId ?? null;
  }
  if (personId === null) return null;
  const person = await readPerson(tx, keyring, personId);
  return person && !person.erased ? person.phone : null;
}

/**
 * What she answered in the survivor app, as she gave it, so a listener reads it instead of
 * asking again. Null for a case opened on a call (no app answers).
 */
export async function intakeOf(
  tx: Db,
  keyring: Keyring,
  box: KeyBox,
  row: CaseRow,
): Promise<IntakeView | null> {
  const [details] = await tx.select().from(intakeDetails).where(eq(intakeDetails.caseId, row.id));
  if (!details) return null;
  const keyId = row.dataKeyId;
  const place = (column: string) => placeOf('intake_details', column, row.id);
  const location =
    details.locationEnc === null
      ? null
      : locationText(
          await box.json(keyId, details.locationEnc, place('location_enc'), storedLocation),
        );
  return {
    reporter: details.reporter,
    safeNow: details.safeNow,
    occurredWhen: details.occurredWhen,
    harms: details.harms,
    perpetrator: details.perpetrator,
    contactMethod: details.contactMethod,
    callWindow: details.callWindow,
    codeWord: await box.text(keyId, details.codeWordEnc, place('code_word_enc')),
    phone: await phoneOf(tx, keyring, row),
    location,
    sharingConsent: details.sharingConsent,
    seeking: details.seeking,
    ageBand: details.ageBand,
    schooling: details.schooling,
    skills: await box.text(keyId, details.skillsEnc, place('skills_enc')),
    needsChildcare: details.needsChildcare,
    needsMobility: details.needsMobility,
  };
}
