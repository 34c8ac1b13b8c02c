import { canReadCase, type Actor } from '@sanad/core';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { loadCase } from './load.ts';
import { readCaseView } from './view.ts';
import type { CaseView } from './view-schema.ts';

/**
 * A staff member opens a case file: `canReadCase` decides (404 outside their reach), and the
 * reading is audited as `case.read` in the same transaction as the decryption, so no file is
 * shown without its trace. The event names the reader's institution, never what was shown.
 */
export async function readCase(
  db: Db,
  keyring: Keyring,
  actor: Actor,
  caseId: string,
  request: { readonly id: string; authorizeRecord(allowed: boolean): void },
): Promise<CaseView> {
  return db.transaction(async (tx) => {
    const loaded = await loadCase(tx, caseId, { lock: false });
    request.authorizeRecord(loaded !== undefined && canReadCase(actor, loaded.record));
    if (!loaded) throw new AppError('not_found');
    const view = await readCaseView(tx, keyring, loaded, actor);
    await recordAudit(tx, {
      action: 'case.read',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      requestId: request.id,
    });
    return view;
  });
}
