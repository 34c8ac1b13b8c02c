import { decideTransition, type TransitionRefusal } from '@sanad/core';
import { AppError, invalidField } from '../platform/errors.ts';
import type { CaseChanges, CaseCommand } from './mutate.ts';
import type { StatusBody } from './schemas.ts';

/** A refused transition: the case's state is in the way (409), or the reason is wrong (400). */
function refusal(refused: TransitionRefusal): AppError {
  switch (refused) {
    case 'same_status':
    case 'not_allowed':
      return new AppError('invalid_transition');
    case 'reason_required':
      return invalidField('body.reason', 'required');
    case 'invalid_reason':
      return invalidField('body.reason', 'invalid_choice');
    case 'unexpected_reason':
      return invalidField('body.reason', 'unknown_field');
  }
}

/**
 * Moves the case along its lifecycle (`@sanad/core` casework/transitions.ts). Closing records
 * the reason code and the time; reopening clears both. The audit diff holds the two statuses
 * and the reason code.
 */
export async function changeStatus(context: CaseCommand, body: StatusBody): Promise<CaseChanges> {
  const { row } = context.loaded;
  const decision = decideTransition(row.status, body.status, body.reason);
  if (!decision.ok) throw refusal(decision.refusal);
  await context.audit({
    action: 'case.status_changed',
    recordType: 'case',
    recordId: row.id,
    diff: { from: row.status, to: body.status, reason: decision.reason },
  });
  switch (decision.kind) {
    case 'close':
      return { status: body.status, closedReason: decision.reason, closedAt: context.now };
    case 'reopen':
      return { status: body.status, closedReason: null, closedAt: null };
    case 'advance':
      return { status: body.status };
  }
}
