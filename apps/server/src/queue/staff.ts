import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { staffUsers } from '../db/schema/index.ts';

/**
 * A staff member as the queue shows them: id and display name. Staff data, not survivor data,
 * so it may travel in live events and conflict answers.
 */
export interface StaffRef {
  readonly id: string;
  readonly name: string;
}

/** The display name of a staff member; an unknown id (never expected) still gets a ref. */
export async function staffRef(db: Db, id: string): Promise<StaffRef> {
  const [row] = await db
    .select({ name: staffUsers.displayName })
    .from(staffUsers)
    .where(eq(staffUsers.id, id));
  return { id, name: row?.name ?? '' };
}

/** A nullable owner column joined to its name, as list queries read it. */
export function refOf(id: string | null, name: string | null): StaffRef | null {
  return id === null ? null : { id, name: name ?? '' };
}
