import { isLocale, type Locale, type StaffRole } from '@sanad/core';
import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  cases,
  institutions,
  intakeDetails,
  publicRequests,
  staffUsers,
} from '../db/schema/index.ts';
import { queueNotification, type NotificationTemplate } from '../notifications/outbox.ts';
import { readPerson } from '../persons/persons.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { CasePlace } from './announce.ts';
import type { ReferralRow } from './load.ts';

/**
 * Messages beyond the console (e-mail to staff, a discreet SMS to her), through the outbox: each
 * is written in the transaction of the step that caused it, with a dedupe key naming the step
 * and the recipient, so a retried step never sends twice. Staff texts name the case reference
 * and the institution, never her; her text says only that there is news.
 */

interface StaffRecipient {
  readonly id: string;
  readonly email: string;
  readonly locale: string;
}

const active = isNull(staffUsers.disabledAt);
const staffColumns = { id: staffUsers.id, email: staffUsers.email, locale: staffUsers.locale };

const localeOf = (value: string): Locale => (isLocale(value) ? value : 'fr');

async function institutionStaff(
  tx: Db,
  institutionId: string,
  roles: readonly StaffRole[],
): Promise<StaffRecipient[]> {
  return tx
    .select(staffColumns)
    .from(staffUsers)
    .where(
      and(
        eq(staffUsers.institutionId, institutionId),
        inArray(staffUsers.role, [...roles]),
        active,
      ),
    );
}

/** Supervisors whose territory holds the case's place (a placeless case: national ones). */
async function supervisorsFor(tx: Db, place: CasePlace): Promise<StaffRecipient[]> {
  const reach: SQL[] = [eq(staffUsers.scopeLevel, 'national')];
  if (place.regionCode !== null) {
    const region = and(
      eq(staffUsers.scopeLevel, 'region'),
      eq(staffUsers.scopeRegion, place.regionCode),
    );
    if (region) reach.push(region);
  }
  if (place.provinceCode !== null) {
    const province = and(
      eq(staffUsers.scopeLevel, 'province'),
      eq(staffUsers.scopeProvince, place.provinceCode),
    );
    if (province) reach.push(province);
  }
  return tx
    .select(staffColumns)
    .from(staffUsers)
    .where(and(eq(staffUsers.role, 'supervisor'), active, or(...reach)));
}

async function emailEach(
  tx: Db,
  keyring: Keyring,
  recipients: readonly StaffRecipient[],
  template: NotificationTemplate,
  params: Readonly<Record<string, string>>,
  key: string,
): Promise<void> {
  for (const recipient of recipients) {
    await queueNotification(tx, keyring, {
      channel: 'email',
      to: recipient.email,
      audience: 'staff',
      locale: localeOf(recipient.locale),
      template,
      params,
      dedupeKey: `${key}:${recipient.id}`,
    });
  }
}

/** The template takes a name of at most 160 characters; the directory allows 200. */
const shortName = (name: string): string =>
  name.length <= 160 ? name : `${name.slice(0, 159).trimEnd()}…`;

/** A referral reached an institution: each of its active staff is e-mailed. */
export async function notifyReceived(
  tx: Db,
  keyring: Keyring,
  row: ReferralRow,
  reference: string,
): Promise<void> {
  const staff = await institutionStaff(tx, row.institutionId, [
    'institution_agent',
    'institution_manager',
  ]);
  await emailEach(
    tx,
    keyring,
    staff,
    'referral.received',
    {
      reference,
      urgency: row.urgency,
      dueAt: (row.acknowledgeDueAt ?? new Date()).toISOString(),
    },
    `referral.received:${row.id}`,
  );
}

/** Sent without her consent under the override: the supervisors in scope are e-mailed. */
export async function notifyOverride(
  tx: Db,
  keyring: Keyring,
  row: ReferralRow,
  place: CasePlace,
  reference: string,
): Promise<void> {
  await emailEach(
    tx,
    keyring,
    await supervisorsFor(tx, place),
    'referral.override',
    { reference },
    `referral.override:${row.id}`,
  );
}

/**
 * A missed deadline: first the institution's managers, then the supervisors in scope (with the
 * institution's name, so they know whom to call).
 */
export async function notifyEscalation(
  tx: Db,
  keyring: Keyring,
  row: ReferralRow,
  escalation: 1 | 2,
  stage: 'acknowledge' | 'accept',
  place: CasePlace,
  reference: string,
): Promise<void> {
  const key = `referral.overdue:${row.id}:${stage}:${String(escalation)}`;
  if (escalation === 1) {
    const managers = await institutionStaff(tx, row.institutionId, ['institution_manager']);
    await emailEach(tx, keyring, managers, 'referral.overdue_manager', { reference, stage }, key);
    return;
  }
  const [institution] = await tx
    .select({ name: institutions.name })
    .from(institutions)
    .where(eq(institutions.id, row.institutionId));
  await emailEach(
    tx,
    keyring,
    await supervisorsFor(tx, place),
    'referral.overdue_supervisor',
    { reference, institution: shortName(institution?.name ?? '') },
    key,
  );
}

/**
 * A step the other side must hear of beyond the console: a decline or a completion is e-mailed
 * to whoever sent the referral; her request being taken in charge or completed is told to her by
 * a discreet SMS, when she chose to be reached by SMS and left a number.
 */
export async function notifyStep(
  tx: Db,
  keyring: Keyring,
  row: ReferralRow,
  to: 'accepted' | 'declined' | 'completed',
  reference: string,
): Promise<void> {
  if ((to === 'declined' || to === 'completed') && row.createdBy !== null) {
    const sender = await tx
      .select(staffColumns)
      .from(staffUsers)
      .where(and(eq(staffUsers.id, row.createdBy), active));
    await emailEach(
      tx,
      keyring,
      sender,
      to === 'declined' ? 'referral.declined' : 'referral.completed',
      { reference },
      `referral.${to}:${row.id}`,
    );
  }
  if (to === 'accepted' || to === 'completed')
    await textHerNews(tx, keyring, row.caseId, `${row.id}:${to}`);
}

/**
 * The discreet "there is news" SMS, in the language she used in the app, when she chose SMS;
 * `key` makes one message per piece of news however often it is retried.
 */
export async function textHerNews(
  tx: Db,
  keyring: Keyring,
  caseId: string,
  key: string,
): Promise<void> {
  const [found] = await tx
    .select({
      survivorId: cases.survivorId,
      method: intakeDetails.contactMethod,
      language: publicRequests.language,
    })
    .from(cases)
    .innerJoin(intakeDetails, eq(intakeDetails.caseId, cases.id))
    .innerJoin(publicRequests, eq(publicRequests.caseId, cases.id))
    .where(eq(cases.id, caseId));
  if (found?.method !== 'sms' || found.survivorId === null) return;
  const person = await readPerson(tx, keyring, found.survivorId);
  if (!person || person.erased || person.phone === null) return;
  await queueNotification(tx, keyring, {
    channel: 'sms',
    to: person.phone,
    audience: 'survivor',
    locale: found.language,
    template: 'survivor.update',
    params: {},
    dedupeKey: `survivor.update:${key}`,
  });
}
