import { classifyGbvims } from '@sanad/core';
import { incidents } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import type { CaseCommand } from './mutate.ts';
import type { IncidentBody } from './schemas.ts';

/** `YYYY-MM-DD` of today in UTC, a day ahead of Morocco at worst: never refuses a real date. */
const latestDay = (now: Date): string =>
  new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);

/**
 * Records an incident as the listener qualifies it: Law 103.13 forms (several), and one GBVIMS
 * type — hers if she chose it, else the one the ordered GBVIMS decision proposes from the
 * forms. The narrative is encrypted; the audit diff holds only codes and whether the type was
 * proposed.
 */
export async function addIncident(context: CaseCommand, body: IncidentBody): Promise<undefined> {
  const { tx, loaded, actor, box, now } = context;
  if (body.occurredOn !== undefined && body.occurredOn > latestDay(now)) {
    throw invalidField('body.occurredOn', 'invalid');
  }
  const id = newId();
  const forms = [...new Set(body.forms)];
  const gbvimsType = body.gbvimsType ?? classifyGbvims({ forms });
  await tx.insert(incidents).values({
    id,
    caseId: loaded.row.id,
    forms,
    gbvimsType,
    contexts: [...new Set(body.contexts)],
    perpetratorRelation: body.perpetratorRelation ?? null,
    occurredOn: body.occurredOn ?? null,
    provinceCode: body.provinceCode ?? null,
    areaType: body.areaType ?? null,
    narrativeEnc:
      body.narrative === undefined
        ? null
        : await box.sealText(
            loaded.row.dataKeyId,
            body.narrative,
            placeOf('incidents', 'narrative_enc', id),
          ),
    createdBy: actor.id,
    createdAt: now,
  });
  await context.audit({
    action: 'incident.added',
    recordType: 'incident',
    recordId: id,
    diff: {
      forms,
      gbvimsType,
      gbvimsProposed: body.gbvimsType === undefined,
      contexts: body.contexts,
      narrative: body.narrative !== undefined,
    },
  });
  return undefined;
}
