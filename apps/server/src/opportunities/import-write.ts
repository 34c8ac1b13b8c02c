import { and, eq, inArray } from 'drizzle-orm';
import { recordAudits, type AuditEventInput } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { opportunities, type ImportRowError } from '../db/schema/index.ts';
import type { ChunkContext, ChunkOutcome } from '../platform/csv-import/job.ts';
import { changedFields } from '../platform/csv-import/same-value.ts';
import { newId } from '../platform/ids.ts';
import { COLUMN_OF, type ImportColumn, type ImportRow } from './import-row.ts';
import type { OpportunityRow } from './presenter.ts';
import { casablancaToday, lapsed } from './status.ts';
import { opportunityProblems, placesLeftAfter, type ValueProblem } from './validation.ts';

type Fields = Omit<ImportRow, 'providerId'>;
type FieldName = keyof Fields;

/** Which fields each column sets; a column the file does not have leaves them as they are. */
const FIELDS_OF: Readonly<Record<ImportColumn, readonly FieldName[]>> = {
  code: ['code'],
  provider: [],
  kind: ['kind'],
  title: ['title'],
  description: ['description'],
  region: ['regionCode'],
  provinces: ['provinceCodes'],
  remote: ['remote'],
  apply_by: ['applyBy'],
  starts_on: ['startsOn'],
  ends_on: ['endsOn'],
  places: ['placesTotal'],
  min_age: ['minAge'],
  max_age: ['maxAge'],
  schooling_level: ['schoolingLevel'],
  literacy_required: ['literacyRequired'],
  prerequisites: ['prerequisites'],
  childcare: ['childcare'],
  transport: ['transport'],
  stipend: ['stipend'],
  languages: ['languages'],
  phone: [],
  email: [],
  address: [],
};

/** The offer as it will be: the file's columns over what it holds now. */
function merged(incoming: Fields, existing: OpportunityRow, columns: ReadonlySet<string>): Fields {
  const result: Record<string, unknown> = {};
  for (const [column, names] of Object.entries(FIELDS_OF) as [ImportColumn, FieldName[]][])
    for (const name of names) result[name] = columns.has(column) ? incoming[name] : existing[name];
  const channel = (c: 'phone' | 'email' | 'address') =>
    columns.has(c) ? incoming.contact[c] : existing.contact[c];
  const [phone, email, address] = [channel('phone'), channel('email'), channel('address')];
  result['contact'] = {
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(address !== undefined ? { address } : {}),
  };
  return result as Fields;
}

/** The first issue named under a column (one entry per column in the report). */
const problemOf = (problems: readonly ValueProblem[], column: ImportColumn) =>
  problems.find((p) => COLUMN_OF[p.field] === column)?.issue ?? 'invalid';

const auditDiff = (changes: object, importId: string): Record<string, unknown> => {
  const diff: Record<string, unknown> = { importId };
  for (const [key, value] of Object.entries(changes))
    diff[key] = key === 'contact' ? 'changed' : value;
  return diff;
};

/**
 * Writes one chunk of checked rows: a row whose provider already has its code updates that
 * offer, any other adds one. The offers it updates are locked for the chunk, so a manager saving
 * the form meanwhile waits, then finds the version moved on (409). A closed offer is not
 * reopened by a file (its code is refused: a new session needs a new code); a row whose merged
 * values break a cross-field rule is refused under the column to change. A new total of places
 * moves the places left by the difference, as the form's edit does.
 */
export async function writeRows(
  tx: Db,
  rows: readonly { row: number; data: ImportRow }[],
  context: ChunkContext,
): Promise<ChunkOutcome> {
  const codes = [...new Set(rows.map(({ data }) => data.code))];
  const providers = [...new Set(rows.map(({ data }) => data.providerId))];
  const existing =
    codes.length > 0
      ? await tx
          .select()
          .from(opportunities)
          .where(
            and(inArray(opportunities.code, codes), inArray(opportunities.providerId, providers)),
          )
          .for('update')
      : [];
  const byKey = new Map(existing.map((o) => [`${o.providerId}:${o.code ?? ''}`, o]));
  const errors: ImportRowError[] = [];
  const events: AuditEventInput[] = [];
  const created: (typeof opportunities.$inferInsert)[] = [];
  const event = (action: AuditEventInput['action'], id: string, changes: object) =>
    events.push({
      action,
      actor: context.actor,
      recordType: 'opportunity',
      recordId: id,
      diff: auditDiff(changes, context.importId),
    });
  let updated = 0;
  for (const { row, data } of rows) {
    const current = byKey.get(`${data.providerId}:${data.code}`);
    if (current?.closedAt != null) {
      errors.push({ row, field: 'code', issue: 'invalid' });
      continue;
    }
    const { providerId, ...fields } = data;
    const next = current === undefined ? fields : merged(fields, current, context.columns);
    // Checked again on the offer as it will be (a column the file left out keeps its value).
    const problems = opportunityProblems({ ...next, placesLeft: undefined });
    if (problems.length > 0) {
      const columns = new Set(problems.map((p) => COLUMN_OF[p.field]));
      errors.push(
        ...[...columns].map((field) => ({ row, field, issue: problemOf(problems, field) })),
      );
      continue;
    }
    if (current === undefined) {
      const id = newId();
      created.push({
        id,
        providerId,
        ...fields,
        placesLeft: fields.placesTotal,
        active: true,
        createdBy: context.actor.id,
      });
      event('opportunity.created', id, data);
      continue;
    }
    updated += 1;
    const changed = changedFields(next, current);
    if (Object.keys(changed).length === 0) continue;
    const revived = current.expiredAt !== null && !lapsed(next, casablancaToday(context.now));
    await tx
      .update(opportunities)
      .set({
        ...changed,
        ...('placesTotal' in changed
          ? { placesLeft: placesLeftAfter(current, next.placesTotal) }
          : {}),
        ...(revived ? { expiredAt: null, active: true } : {}),
        version: current.version + 1,
        updatedAt: context.now,
      })
      .where(eq(opportunities.id, current.id));
    event('opportunity.updated', current.id, changed);
  }
  if (created.length > 0) await tx.insert(opportunities).values(created);
  await recordAudits(tx, events);
  return { imported: created.length, updated, errors };
}
