import type { Actor, Scope } from '@sanad/core';
import { expect, it } from 'vitest';
import { liveEvents, type LiveAudience } from '../db/schema/index.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { eventsSince } from './queries.ts';
import { canSeeEvent } from './visibility.ts';

const SCOPES: Scope[] = [
  { level: 'national' },
  { level: 'region', region: '06' },
  { level: 'region', region: '01' },
  { level: 'province', region: '06', province: '141' },
];
const PLACES = [
  { regionCode: null, provinceCode: null },
  { regionCode: '06', provinceCode: '141' },
  { regionCode: '06', provinceCode: null },
  { regionCode: '01', provinceCode: '011' },
];
const AUDIENCES: LiveAudience[] = [
  'helpline',
  'supervisors',
  'staff',
  'institution',
  'institution_managers',
];
const ROLES = ['listener', 'supervisor', 'institution_agent', 'institution_manager'] as const;

describeEachEngine('who hears a live event', (database) => {
  it('is the same in the replay query as in the live filter, for every audience and place', async () => {
    const db = database().db;
    const people = [await buildStaffUser(db), await buildStaffUser(db)];
    const staff = people.map((p) => p.id);
    const institutionIds = people.map((p) => p.institutionId);
    const addressed = (audience: LiveAudience) => audience.startsWith('institution');
    const rows = [];
    for (const audience of AUDIENCES) {
      for (const place of PLACES) {
        for (const staffId of audience === 'staff' ? staff : [null]) {
          for (const institutionId of addressed(audience) ? institutionIds : [null]) {
            rows.push({
              kind: 'case.updated',
              audience,
              staffId,
              institutionId,
              ...place,
              payload: {},
            });
          }
        }
      }
    }
    const inserted = await db.insert(liveEvents).values(rows).returning();
    const first = Math.min(...inserted.map((row) => row.id)) - 1;
    let compared = 0;
    for (const role of ROLES) {
      for (const scope of SCOPES) {
        for (const [index, id] of staff.entries()) {
          const actor: Actor = { id, role, scope, institutionId: institutionIds[index] ?? null };
          const expected = inserted.filter((row) => canSeeEvent(actor, row)).map((row) => row.id);
          const replayed = (await eventsSince(db, actor, first)).map((row) => row.id);
          expect(replayed, `${role} ${JSON.stringify(scope)}`).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('follows the documented audiences on a few plain cases', () => {
    const listener: Actor = {
      id: 'a',
      role: 'listener',
      scope: { level: 'region', region: '06' },
      institutionId: null,
    };
    const supervisor: Actor = { ...listener, id: 'b', role: 'supervisor' };
    const at = (
      audience: LiveAudience,
      regionCode: string | null,
      staffId: string | null = null,
    ) => ({
      audience,
      staffId,
      institutionId: 'inst-a',
      regionCode,
      provinceCode: null,
    });
    expect(canSeeEvent(listener, at('helpline', '06'))).toBe(true);
    expect(canSeeEvent(listener, at('helpline', null))).toBe(false);
    expect(canSeeEvent(listener, at('supervisors', '06'))).toBe(false);
    expect(canSeeEvent(supervisor, at('supervisors', '06'))).toBe(true);
    expect(canSeeEvent(listener, at('staff', null, 'a'))).toBe(true);
    expect(canSeeEvent(supervisor, at('staff', '06', 'a'))).toBe(false);
    const agent: Actor = {
      ...listener,
      id: 'c',
      role: 'institution_agent',
      institutionId: 'inst-a',
    };
    const manager: Actor = { ...agent, id: 'd', role: 'institution_manager' };
    const otherAgent: Actor = { ...agent, id: 'e', institutionId: 'inst-b' };
    // An institution never hears the helpline's queue, even with a national scope.
    expect(canSeeEvent({ ...agent, scope: { level: 'national' } }, at('helpline', '06'))).toBe(
      false,
    );
    expect(canSeeEvent(agent, at('institution', null))).toBe(true);
    expect(canSeeEvent(otherAgent, at('institution', null))).toBe(false);
    expect(canSeeEvent(listener, at('institution', '06'))).toBe(false);
    expect(canSeeEvent(agent, at('institution_managers', null))).toBe(false);
    expect(canSeeEvent(manager, at('institution_managers', null))).toBe(true);
  });
});
