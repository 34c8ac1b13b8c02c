import { beforeAll, expect, it } from 'vitest';
import { newId } from '../platform/ids.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution, buildStaffUser } from '../testing/factories.ts';
import {
  caseTrailResponseSchema,
  listCaseTrail,
  presentCaseTrail,
  presentCaseTrailEntry,
} from './case-trail.ts';
import { recordAudit } from './record.ts';
import { sealAuditEvents } from './seal.ts';

describeEachEngine('the trail of a case ("who saw her file")', (database) => {
  const caseId = newId();
  const otherCaseId = newId();
  let staff: { id: string; institutionId: string };
  let institutionName = '';

  beforeAll(async () => {
    const { db } = database();
    institutionName = `Centre ${newId().slice(-6)}`;
    const institution = await buildInstitution(db, { name: institutionName });
    staff = await buildStaffUser(db, { institutionId: institution.id });
    const actor = { id: staff.id, institutionId: staff.institutionId };
    const secret = { requestId: 'req-secret', diff: { status: { before: 'open', after: 'x' } } };
    await recordAudit(db, { action: 'case.created', actor, recordType: 'case', caseId, ...secret });
    await recordAudit(db, { action: 'case.viewed', actor: null, recordType: 'case', caseId });
    await recordAudit(db, {
      action: 'case.viewed',
      actor,
      recordType: 'case',
      caseId: otherCaseId,
    });
    await sealAuditEvents(db); // sealed or not, events belong to the trail
    await recordAudit(db, {
      action: 'case.viewed',
      actor,
      recordType: 'case',
      caseId,
      purpose: 'emergency override',
    });
  });

  it('lists only that case’s events, newest first, with the actor’s name and institution', async () => {
    const trail = await listCaseTrail(database().db, caseId, { limit: 10 });
    expect(trail.map((e) => [e.action, e.actorId, e.actorName, e.institutionName])).toEqual([
      ['case.viewed', staff.id, 'Test Staff', institutionName],
      ['case.viewed', null, null, null],
      ['case.created', staff.id, 'Test Staff', institutionName],
    ]);
    expect(trail[0]?.purpose).toBe('emergency override');
    expect(trail[0]?.occurredAt).toBeInstanceOf(Date);
    expect(await listCaseTrail(database().db, newId(), { limit: 10 })).toEqual([]);
  });

  it('pages backwards with the seq cursor', async () => {
    const { db } = database();
    const first = await listCaseTrail(db, caseId, { limit: 2 });
    expect(first).toHaveLength(2);
    const page = presentCaseTrail(first, 2);
    expect(page.nextBefore).toBe(first[1]?.seq);
    const rest = await listCaseTrail(db, caseId, { limit: 2, before: page.nextBefore ?? 0 });
    expect(rest.map((e) => e.action)).toEqual(['case.created']);
    expect(presentCaseTrail(rest, 2).nextBefore).toBeNull();
  });

  it('presents an allow-list: no diff, no request id, no institution id', async () => {
    const trail = await listCaseTrail(database().db, caseId, { limit: 10 });
    const created = trail.at(-1);
    if (!created) throw new Error('no event');
    const presented = presentCaseTrailEntry(created);
    expect(presented).toEqual({
      seq: created.seq,
      action: 'case.created',
      occurredAt: created.occurredAt.toISOString(),
      purpose: null,
      actor: { id: staff.id, name: 'Test Staff', institutionName },
    });
    expect(JSON.stringify(presented)).not.toMatch(/req-secret|diff|status|institutionId/);
    expect(presentCaseTrailEntry({ ...created, actorId: null }).actor).toBeNull();
    const response = presentCaseTrail(trail, 10);
    expect(caseTrailResponseSchema.parse(response)).toEqual(response);
  });
});
