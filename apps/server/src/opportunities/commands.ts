import { canManageOpportunity, isInstitutionRole, type Actor } from '@sanad/core';
import { and, eq, ne } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutions, opportunities } from '../db/schema/index.ts';
import { changedFields } from '../platform/csv-import/same-value.ts';
import { AppError, invalidField, type FieldProblem } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { OpportunityRow } from './presenter.ts';
import type { ClosingReason, CreateOpportunityInput, UpdateOpportunityInput } from './schemas.ts';
import { canReadOpportunity } from './scope.ts';
import { casablancaToday, lapsed, statusOf } from './status.ts';
import { opportunityProblems, placesLeftAfter, type ValueProblem } from './validation.ts';

/** The fields the form and the file write, as columns. */
type WrittenFields = Omit<CreateOpportunityInput, 'providerId' | 'placesLeft'>;

function columnsOf(input: WrittenFields) {
  return {
    code: input.code,
    kind: input.kind,
    title: input.title,
    description: input.description,
    regionCode: input.regionCode,
    provinceCodes: [...input.provinceCodes],
    remote: input.remote,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    applyBy: input.applyBy,
    placesTotal: input.placesTotal,
    minAge: input.eligibility.minAge,
    maxAge: input.eligibility.maxAge,
    schoolingLevel: input.eligibility.schoolingLevel,
    literacyRequired: input.eligibility.literacyRequired,
    prerequisites: input.eligibility.prerequisites,
    childcare: input.conditions.childcare,
    transport: input.conditions.transport,
    stipend: input.conditions.stipend,
    languages: [...input.languages],
    contact: input.contact,
  };
}

/** The body field a cross-field problem names (ages live under `eligibility`). */
const BODY_PATH: Readonly<Record<ValueProblem['field'], string>> = {
  regionCode: 'body.regionCode',
  provinceCodes: 'body.provinceCodes',
  applyBy: 'body.applyBy',
  startsOn: 'body.startsOn',
  endsOn: 'body.endsOn',
  maxAge: 'body.eligibility.maxAge',
  placesLeft: 'body.placesLeft',
};

function refuse(problems: readonly ValueProblem[]): void {
  if (problems.length === 0) return;
  const fields: FieldProblem[] = problems.map((p) => ({
    field: p.index === undefined ? BODY_PATH[p.field] : `${BODY_PATH[p.field]}.${String(p.index)}`,
    issue: p.issue,
  }));
  throw new AppError('validation_failed', { fields });
}

function valuesOf(input: WrittenFields, placesLeft?: number | null) {
  return { ...input, ...input.eligibility, placesLeft };
}

/** A provider's code names one of its offers: a second one is a conflict naming the field. */
async function checkCodeFree(tx: Db, providerId: string, code: string | null, id: string) {
  if (code === null) return;
  const [taken] = await tx
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.providerId, providerId),
        eq(opportunities.code, code),
        ne(opportunities.id, id),
      ),
    );
  if (taken) throw new AppError('conflict', { fields: [{ field: 'body.code', issue: 'invalid' }] });
}

/**
 * Whose offer a new one is. A provider's staff add to their own institution's catalogue (naming
 * another institution is refused as a wrong choice, not a hidden record); an admin names the
 * provider, which must be an active institution.
 */
async function providerFor(tx: Db, actor: Actor, providerId: string | undefined) {
  const wanted = isInstitutionRole(actor) ? (providerId ?? actor.institutionId) : providerId;
  if (wanted === undefined || wanted === null) throw invalidField('body.providerId', 'required');
  if (!canManageOpportunity(actor, { providerId: wanted }))
    throw invalidField('body.providerId', 'invalid_choice');
  const [provider] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.id, wanted), eq(institutions.active, true)));
  if (!provider) throw invalidField('body.providerId', 'invalid_choice');
  return provider.id;
}

const UNAUDITED_TEXTS: ReadonlySet<string> = new Set(['contact', 'description', 'prerequisites']);

/** What an event says of an offer: its codes, dates, places and flags; contacts as "changed". */
function auditDiff(changes: Record<string, unknown>): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes))
    diff[key] = key === 'contact' ? 'changed' : value;
  return diff;
}

export async function createOpportunity(
  db: Db,
  actor: Actor,
  input: CreateOpportunityInput,
  requestId: string,
): Promise<string> {
  const { providerId: named, placesLeft, ...fields } = input;
  refuse(opportunityProblems(valuesOf(fields, placesLeft)));
  const id = newId();
  await db.transaction(async (tx) => {
    const providerId = await providerFor(tx, actor, named);
    await checkCodeFree(tx, providerId, fields.code, id);
    const columns = columnsOf(fields);
    await tx.insert(opportunities).values({
      id,
      providerId,
      ...columns,
      placesLeft: placesLeft ?? columns.placesTotal,
      active: true,
      createdBy: actor.id,
    });
    // Codes, dates, places and flags; the texts and the contact are left out of the trail.
    const shown = Object.fromEntries(
      Object.entries(columns).filter(([key]) => !UNAUDITED_TEXTS.has(key)),
    );
    await recordAudit(tx, {
      action: 'opportunity.created',
      actor: auditActorOf(actor),
      recordType: 'opportunity',
      recordId: id,
      diff: auditDiff({ providerId, ...shown }),
      requestId,
    });
  });
  return id;
}

/**
 * Locks an offer for a change by its manager: 404 when the viewer may not read it, 403 when
 * they read it but may not manage it, 409 when it was closed or changed since it was read.
 */
async function lockForChange(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
  now: Date,
): Promise<OpportunityRow> {
  const [row] = await tx.select().from(opportunities).where(eq(opportunities.id, id)).for('update');
  const status = row ? statusOf(row, casablancaToday(now)) : undefined;
  if (!row || !status || !canReadOpportunity(actor, { providerId: row.providerId, status }))
    throw new AppError('not_found');
  if (!canManageOpportunity(actor, row)) throw new AppError('forbidden');
  if (status === 'closed') throw new AppError('opportunity_closed');
  // Someone changed it since this edit was read: refuse rather than overwrite their change.
  if (row.version !== version)
    throw new AppError('stale_version', { current: { version: row.version } });
  return row;
}

export async function updateOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateOpportunityInput,
  requestId: string,
): Promise<void> {
  const { version, ...fields } = input;
  refuse(opportunityProblems(valuesOf(fields)));
  const now = new Date();
  await db.transaction(async (tx) => {
    const row = await lockForChange(tx, actor, id, version, now);
    await checkCodeFree(tx, row.providerId, fields.code, id);
    const columns = columnsOf(fields);
    const placesLeft = placesLeftAfter(row, columns.placesTotal);
    // New dates ahead of today bring an expired offer back into the catalogue.
    const revived = row.expiredAt !== null && !lapsed(columns, casablancaToday(now));
    await tx
      .update(opportunities)
      .set({
        ...columns,
        placesLeft,
        ...(revived ? { expiredAt: null, active: true } : {}),
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(opportunities.id, id));
    const changed = changedFields({ ...columns, placesLeft }, row);
    await recordAudit(tx, {
      action: 'opportunity.updated',
      actor: auditActorOf(actor),
      recordType: 'opportunity',
      recordId: id,
      diff: auditDiff({ ...changed, ...(revived ? { expired: false } : {}) }),
      requestId,
    });
  });
}

/** Its manager closes an offer before its time (filled elsewhere, cancelled, postponed…). */
export async function closeOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; reason?: ClosingReason | undefined },
  requestId: string,
): Promise<void> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const row = await lockForChange(tx, actor, id, input.version, now);
    await tx
      .update(opportunities)
      .set({
        closedAt: now,
        closedReason: input.reason ?? null,
        active: false,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(opportunities.id, id));
    await recordAudit(tx, {
      action: 'opportunity.closed',
      actor: auditActorOf(actor),
      recordType: 'opportunity',
      recordId: id,
      diff: { reason: input.reason ?? null },
      requestId,
    });
  });
}
