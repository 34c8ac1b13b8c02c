import type { Actor } from '@sanad/core';
import { asc, eq, inArray } from 'drizzle-orm';
import { institutionsListableBy } from '../authorization/scopes.ts';
import type { Db } from '../db/database.ts';
import { institutionCoverage, institutions } from '../db/schema/index.ts';
import { presentInstitution, type InstitutionView } from './presenters.ts';

type InstitutionRow = typeof institutions.$inferSelect;

async function withCoverage(
  db: Db,
  rows: InstitutionRow[],
  actor: Actor,
): Promise<InstitutionView[]> {
  if (rows.length === 0) return [];
  const coverage = await db
    .select()
    .from(institutionCoverage)
    .where(
      inArray(
        institutionCoverage.institutionId,
        rows.map((r) => r.id),
      ),
    );
  const byInstitution = new Map<string, string[]>();
  for (const c of coverage) {
    byInstitution.set(c.institutionId, [
      ...(byInstitution.get(c.institutionId) ?? []),
      c.provinceCode,
    ]);
  }
  return rows.map((row) => presentInstitution(row, byInstitution.get(row.id) ?? [], actor));
}

/** Institutions the viewer may see (the SQL twin of `canSeeInstitution`), with coverage. */
export async function listInstitutions(db: Db, actor: Actor): Promise<InstitutionView[]> {
  const rows = await db
    .select()
    .from(institutions)
    .where(institutionsListableBy(actor))
    .orderBy(asc(institutions.regionCode), asc(institutions.name));
  return withCoverage(db, rows, actor);
}

/** One institution by id, WITHOUT a scope check: only after the caller has authorized it. */
export async function unsafeInstitutionView(
  db: Db,
  actor: Actor,
  id: string,
): Promise<InstitutionView | undefined> {
  const rows = await db.select().from(institutions).where(eq(institutions.id, id));
  return (await withCoverage(db, rows, actor))[0];
}
