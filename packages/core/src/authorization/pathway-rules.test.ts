import { describe, expect, it } from 'vitest';
import { referralStatuses } from '../vocabulary/referral-statuses.ts';
import type { StaffRole } from '../vocabulary/staff-roles.ts';
import type { Actor, Scope } from './actor.ts';
import {
  canFollowEnrolment,
  canManageOpportunity,
  canRespondToEnrolment,
} from './pathway-rules.ts';
import { SHARING_REFERRAL_STATUSES, type CaseRecord } from './rules.ts';

const actor = (
  role: StaffRole,
  institutionId: string | null = 'provider-a',
  scope: Scope = { level: 'national' },
): Actor => ({ id: 'me', role, scope, institutionId });

describe('canManageOpportunity', () => {
  it.each([
    ['admin, any provider', actor('admin', null), 'provider-a', true],
    [
      'admin of a region, any provider',
      actor('admin', null, { level: 'region', region: '04' }),
      'provider-b',
      true,
    ],
    ['provider agent, own opportunity', actor('institution_agent'), 'provider-a', true],
    ['provider manager, own opportunity', actor('institution_manager'), 'provider-a', true],
    ['provider agent, another provider', actor('institution_agent'), 'provider-b', false],
    ['provider manager, another provider', actor('institution_manager'), 'provider-b', false],
    [
      'institution role without institution',
      actor('institution_manager', null),
      'provider-a',
      false,
    ],
    ['listener, even of that institution', actor('listener'), 'provider-a', false],
    ['supervisor', actor('supervisor'), 'provider-a', false],
    ['analyst', actor('analyst'), 'provider-a', false],
  ] as const)('%s', (_label, who, providerId, expected) => {
    expect(canManageOpportunity(who, { providerId })).toBe(expected);
  });
});

describe('canFollowEnrolment', () => {
  const casablanca: CaseRecord = {
    regionCode: '06',
    provinceCode: '141',
    referrals: [{ institutionId: 'provider-a', status: 'accepted' }],
  };
  const registered: CaseRecord = { ...casablanca, registeredByInstitutionId: 'body-b' };
  const region = (code: string): Scope => ({ level: 'region', region: code });
  const province = (code: string): Scope => ({ level: 'province', region: '06', province: code });

  // [read, propose]. The body that registered a case reads its enrolments and proposes
  // opportunities to her, as the helpline does.
  it.each([
    ['national listener', actor('listener'), casablanca, [true, true]],
    ['supervisor of the region', actor('supervisor', null, region('06')), casablanca, [true, true]],
    [
      'listener of another region',
      actor('listener', null, region('04')),
      casablanca,
      [false, false],
    ],
    [
      'listener of the province',
      actor('listener', null, province('141')),
      casablanca,
      [true, true],
    ],
    [
      'listener of another province',
      actor('listener', null, province('181')),
      casablanca,
      [false, false],
    ],
    [
      'the body that registered the case',
      actor('institution_agent', 'body-b'),
      registered,
      [true, true],
    ],
    ['its manager', actor('institution_manager', 'body-b'), registered, [true, true]],
    [
      'another body, even national',
      actor('institution_agent', 'body-c'),
      registered,
      [false, false],
    ],
    // The provider she was referred to answers through canRespondToEnrolment, not as the referring side.
    [
      'the provider of a referral on the case',
      actor('institution_agent'),
      casablanca,
      [false, false],
    ],
    ['admin', actor('admin', null), casablanca, [false, false]],
    ['analyst', actor('analyst', null), casablanca, [false, false]],
  ] as const)('%s', (_label, who, record, [read, propose]) => {
    expect(canFollowEnrolment(who, 'enrolment.read', record)).toBe(read);
    expect(canFollowEnrolment(who, 'enrolment.propose', record)).toBe(propose);
  });
});

describe('canRespondToEnrolment', () => {
  const ACTIONS = ['enrolment.read', 'enrolment.respond'] as const;
  const shares = new Set<string>(SHARING_REFERRAL_STATUSES);

  it.each([...referralStatuses.codes, null])(
    'referral %s: the provider answers only once shared',
    (status) => {
      const expected = status !== null && shares.has(status);
      for (const role of ['institution_agent', 'institution_manager'] as const) {
        for (const action of ACTIONS) {
          const enrolment = { providerId: 'provider-a', referralStatus: status };
          expect(canRespondToEnrolment(actor(role), action, enrolment), `${role} ${action}`).toBe(
            expected,
          );
          expect(canRespondToEnrolment(actor(role, 'provider-b'), action, enrolment)).toBe(false);
          expect(canRespondToEnrolment(actor(role, null), action, enrolment)).toBe(false);
        }
      }
    },
  );

  it('shares in the statuses the referral rules share in, and not while a draft, declined or revoked', () => {
    expect([...shares].sort()).toEqual([
      'accepted',
      'acknowledged',
      'completed',
      'in_progress',
      'sent',
    ]);
  });

  it.each(['listener', 'supervisor', 'admin', 'analyst'] as const)(
    '%s never answers for a provider',
    (role) => {
      for (const action of ACTIONS) {
        expect(
          canRespondToEnrolment(actor(role, 'provider-a'), action, {
            providerId: 'provider-a',
            referralStatus: 'accepted',
          }),
        ).toBe(false);
      }
    },
  );
});
