import { assessRisk, RISK_INSTRUMENT_VERSION, urgencyLevels, type UrgencyLevel } from '@sanad/core';
import { riskAssessments } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { CaseChanges, CaseCommand } from './mutate.ts';
import type { RiskBody } from './schemas.ts';

/** 0 = emergency … 3 = standard (the vocabulary lists the most urgent first). */
const rank = (level: UrgencyLevel): number => urgencyLevels.codes.indexOf(level);

/**
 * A new risk assessment by a listener, with the same checklist and scoring as the survivor app
 * (`assessRisk`): a red flag raises the level to at least high. Her professional judgement may
 * set another level, with a reason (encrypted: it describes her situation). It may raise the
 * level freely, and lower it, but never below high while a red flag stands: a "yes" to choking
 * or threats to kill is not talked down. The case's urgency becomes the final level — but an
 * assessment never lowers it silently: when the checklist scores below the case's current
 * urgency (she pressed "I am in danger now"), the current urgency is kept unless the listener
 * lowers it explicitly, with a reason.
 */
export async function assessCaseRisk(context: CaseCommand, body: RiskBody): Promise<CaseChanges> {
  const { tx, loaded, actor, box, now } = context;
  const result = assessRisk(body.answers, { inDangerNow: false });
  const override =
    body.overrideLevel !== undefined && body.overrideLevel !== result.level
      ? body.overrideLevel
      : undefined;
  if (override === undefined && body.overrideReason !== undefined) {
    throw invalidField('body.overrideReason', 'invalid');
  }
  if (override !== undefined) {
    if (body.overrideReason === undefined) throw invalidField('body.overrideReason', 'required');
    if (result.redFlags.length > 0 && rank(override) > rank('high')) {
      throw invalidField('body.overrideLevel', 'invalid_choice');
    }
  }
  const current = loaded.row.urgency;
  const kept = override === undefined && rank(current) < rank(result.level) ? current : undefined;
  const finalLevel = override ?? kept ?? result.level;
  const id = newId();
  const keyId = loaded.row.dataKeyId;
  await tx.insert(riskAssessments).values({
    id,
    caseId: loaded.row.id,
    instrumentVersion: RISK_INSTRUMENT_VERSION,
    answersEnc: await box.sealJson(
      keyId,
      body.answers,
      placeOf('risk_assessments', 'answers_enc', id),
    ),
    score: result.score,
    computedLevel: result.level,
    redFlags: result.redFlags,
    finalLevel,
    overrideReasonEnc:
      override === undefined || body.overrideReason === undefined
        ? null
        : await box.sealText(
            keyId,
            body.overrideReason,
            placeOf('risk_assessments', 'override_reason_enc', id),
          ),
    assessedBy: actor.id,
    createdAt: now,
  });
  await context.audit({
    action: 'risk.assessed',
    recordType: 'risk_assessment',
    recordId: id,
    diff: {
      score: result.score,
      computedLevel: result.level,
      redFlags: result.redFlags,
      finalLevel,
      overridden: override !== undefined,
      urgencyKept: kept !== undefined,
    },
  });
  return { urgency: finalLevel };
}
