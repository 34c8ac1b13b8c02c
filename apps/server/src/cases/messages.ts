import { eq } from 'drizzle-orm';
import { auditActorOf } from '../audit/record.ts';
import { publicRequests } from '../db/schema/index.ts';
import { insertMessage } from '../messages/commands.ts';
import { AppError } from '../platform/errors.ts';
import type { CaseCommand } from './mutate.ts';

/**
 * A listener answers in the survivor's thread (the route authorized `message.send` on the
 * case). Only a case opened from the app has a thread: she reads it through her tracking code,
 * so a case without one has nowhere to write (404, like a missing record). Any listener who may
 * work the case may answer — a colleague covering the night shift must be able to — but not on a
 * closed case.
 */
export async function sendStaffMessage(context: CaseCommand, body: string): Promise<undefined> {
  const { tx, loaded, actor, box } = context;
  // A closed file is not written to; reopening it (with a reason) comes first.
  if (loaded.row.status === 'closed') throw new AppError('invalid_transition');
  const [thread] = await tx
    .select({ caseId: publicRequests.caseId })
    .from(publicRequests)
    .where(eq(publicRequests.caseId, loaded.row.id));
  if (!thread) throw new AppError('not_found');
  await insertMessage(tx, (text, place) => box.sealText(loaded.row.dataKeyId, text, place), {
    caseId: loaded.row.id,
    body,
    staffId: actor.id,
    actor: auditActorOf(actor),
    purpose: 'care',
    requestId: context.requestId,
  });
  return undefined;
}
