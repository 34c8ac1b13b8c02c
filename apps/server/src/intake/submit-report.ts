import {
  assessRisk,
  contextsFor,
  gbvimsTypeFor,
  legalFormsFor,
  relationFor,
  RISK_INSTRUMENT_VERSION,
} from '@sanad/core';
import type { Db } from '../db/database.ts';
import { incidents, intakeDetails, riskAssessments } from '../db/schema/index.ts';
import { encryptJson, encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { newId } from '../platform/ids.ts';
import { openCase } from './open-case.ts';
import type { ReportBody, ReportCreated } from './schemas.ts';

/**
 * A report from the survivor app, in the caller's transaction. The urgent button is an
 * emergency whatever else is said; otherwise the urgency is the risk checklist's, with "it is
 * happening now" counting as danger now. Her plain choices are kept as she gave them and also
 * mapped to the legal (Law 103.13) and statistical (GBVIMS, HCP) codes a listener confirms.
 * The narrative, risk answers, code word and location are encrypted under the case's key.
 */
export async function submitReport(
  tx: Db,
  keyring: Keyring,
  body: ReportBody,
  requestId: string,
  clocks: { readonly urgentClaimMs: number },
): Promise<ReportCreated> {
  const harms = body.harms ?? [];
  const risk = assessRisk(body.risk ?? {}, {
    inDangerNow: body.kind === 'urgent' || body.when === 'happening_now',
    ...(body.safeNow !== undefined ? { safeNow: body.safeNow } : {}),
  });
  const phone = body.contact?.phone;
  const opened = await openCase(
    tx,
    keyring,
    {
      kind: 'violence_report',
      urgency: risk.level,
      language: body.language,
      provinceCode: body.provinceCode,
      areaType: body.areaType,
      phone,
      withPerson: phone !== undefined || body.location !== undefined,
      reporterIsSurvivor: body.reporter === 'self',
      urgentClaimMs: clocks.urgentClaimMs,
      consents: {
        care: body.consents.care,
        statistics: body.consents.statistics,
        location: body.consents.location,
      },
      requestId,
    },
    async ({ caseId, caseKey }) => {
      const key = caseKey.key;
      const describesIncident =
        body.kind === 'violence' ||
        harms.length > 0 ||
        body.perpetrator !== undefined ||
        body.narrative !== undefined;
      if (describesIncident) {
        const id = newId();
        await tx.insert(incidents).values({
          id,
          caseId,
          forms: legalFormsFor(harms),
          gbvimsType: gbvimsTypeFor(harms),
          contexts: contextsFor(harms, body.perpetrator),
          perpetratorRelation: body.perpetrator ? relationFor(body.perpetrator) : null,
          provinceCode: body.provinceCode ?? null,
          areaType: body.areaType ?? null,
          narrativeEnc: body.narrative
            ? encryptText(key, body.narrative, placeOf('incidents', 'narrative_enc', id))
            : null,
        });
      }
      const assessmentId = newId();
      await tx.insert(riskAssessments).values({
        id: assessmentId,
        caseId,
        instrumentVersion: RISK_INSTRUMENT_VERSION,
        answersEnc: encryptJson(
          key,
          body.risk ?? {},
          placeOf('risk_assessments', 'answers_enc', assessmentId),
        ),
        score: risk.score,
        computedLevel: risk.level,
        redFlags: risk.redFlags,
        finalLevel: risk.level,
      });
      const codeWord = body.contact?.codeWord;
      await tx.insert(intakeDetails).values({
        caseId,
        reporter: body.reporter,
        safeNow: body.safeNow ?? null,
        occurredWhen: body.when ?? null,
        harms,
        perpetrator: body.perpetrator ?? null,
        contactMethod: body.contact?.method ?? null,
        callWindow: body.contact?.window ?? null,
        codeWordEnc: codeWord
          ? encryptText(key, codeWord, placeOf('intake_details', 'code_word_enc', caseId))
          : null,
        sharingConsent: body.consents.sharing,
        locationEnc: body.location
          ? encryptJson(key, body.location, placeOf('intake_details', 'location_enc', caseId))
          : null,
        seeking: [],
      });
    },
  );
  return {
    trackingCode: opened.trackingCode,
    secret: opened.secret,
    urgency: risk.level,
    status: 'received',
  };
}
