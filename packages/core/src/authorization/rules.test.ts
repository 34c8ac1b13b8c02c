import { describe, expect, it } from 'vitest';
import { ALL_ACTIONS } from './actions.ts';
import type { Actor } from './actor.ts';
import {
  canManageStaff,
  canReadCase,
  canReferFromCase,
  canRespondToReferral,
  canReadCaseTrail,
  canReassignCase,
  canUpdateInstitution,
  canWorkCase,
  isGranted,
  ROLE_GRANTS,
  type CaseRecord,
} from './rules.ts';

const actor = (
  role: Actor['role'],
  scope: Actor['scope'] = { level: 'national' },
  institutionId: string | null = 'inst-a',
): Actor => ({ id: 'me', role, scope, institutionId });
const casablanca: CaseRecord = {
  regionCode: '06',
  provinceCode: '141',
  referrals: [{ institutionId: 'inst-a', status: 'accepted' }],
};

const CASE_WORK = [
  'case.read',
  'case.create',
  'case.update',
  'case.claim',
  'case.search',
  'queue.read',
  'contact.create',
  'contact.read_history',
  'message.send',
  'live.listen',
  'directory.read',
  'referral.read',
  'referral.create',
  'referral.send',
  'referral.revoke',
  'opportunity.read',
  'enrolment.read',
  'enrolment.propose',
];

const INSTITUTION_WORK = [
  'case.read',
  'live.listen',
  'directory.read',
  'directory.update_capacity',
  'referral.read',
  'referral.respond',
  'referral.record_service',
  'referral.create',
  'referral.send',
  'referral.revoke',
  'request.create',
  'request.read',
  'opportunity.read',
  'opportunity.manage',
  'enrolment.read',
  'enrolment.respond',
  'enrolment.propose',
];

describe('role grants (role × action)', () => {
  // The whole matrix, written out: a change to who may do what shows up here in review.
  const MATRIX: Record<string, string[]> = {
    listener: ['account.read', 'account.change_password', ...CASE_WORK],
    supervisor: [
      'account.read',
      'account.change_password',
      ...CASE_WORK,
      'case.read_audit_trail',
      'case.reassign',
      'queue.supervise',
      'indicator.read',
    ],
    institution_agent: ['account.read', 'account.change_password', ...INSTITUTION_WORK],
    institution_manager: [
      'account.read',
      'account.change_password',
      ...INSTITUTION_WORK,
      'opportunity.import',
    ],
    analyst: ['account.read', 'account.change_password', 'indicator.read'],
    admin: [
      'account.read',
      'account.change_password',
      'staff.list',
      'staff.create',
      'staff.update',
      'staff.disable',
      'staff.reset_password',
      'institution.list',
      'institution.create',
      'institution.update',
      'institution.import',
      'directory.read',
      'case.read_audit_trail',
      'person.erase',
      'emergency_number.update',
      'opportunity.read',
      'opportunity.manage',
      'opportunity.import',
      'indicator.read',
    ],
  };
  it.each(Object.keys(ROLE_GRANTS))('%s', (role) => {
    const granted = ALL_ACTIONS.filter((action) => isGranted(actor(role as Actor['role']), action));
    expect(granted.sort()).toEqual([...(MATRIX[role] ?? [])].sort());
  });
  it('no analyst or admin ever reads a case file', () => {
    expect(canReadCase(actor('analyst'), casablanca)).toBe(false);
    expect(canReadCase(actor('admin'), casablanca)).toBe(false);
  });
});

describe('record rules', () => {
  it.each([
    ['national listener', actor('listener'), true],
    ['listener of the region', actor('listener', { level: 'region', region: '06' }), true],
    ['listener of another region', actor('listener', { level: 'region', region: '04' }), false],
    [
      'listener of the province',
      actor('listener', { level: 'province', region: '06', province: '141' }),
      true,
    ],
    [
      'listener of another province',
      actor('listener', { level: 'province', region: '06', province: '181' }),
      false,
    ],
    [
      'agent of the referred institution',
      actor('institution_agent', { level: 'national' }, 'inst-a'),
      true,
    ],
    [
      'agent of another institution',
      actor('institution_agent', { level: 'national' }, 'inst-b'),
      false,
    ],
    ['agent without institution', actor('institution_agent', { level: 'national' }, null), false],
  ])('case read: %s', (_name, who, expected) => {
    expect(canReadCase(who, casablanca)).toBe(expected);
  });

  it.each(['draft', 'declined', 'revoked'] as const)(
    'an institution does not see a case whose referral is %s',
    (status) => {
      expect(
        canReadCase(actor('institution_manager'), {
          ...casablanca,
          referrals: [{ institutionId: 'inst-a', status }],
        }),
      ).toBe(false);
    },
  );

  it('trails follow the territorial scope', () => {
    expect(
      canReadCaseTrail(actor('supervisor', { level: 'region', region: '06' }), casablanca),
    ).toBe(true);
    expect(
      canReadCaseTrail(actor('supervisor', { level: 'region', region: '09' }), casablanca),
    ).toBe(false);
    expect(canReadCaseTrail(actor('listener'), casablanca)).toBe(false);
  });

  it('the helpline works cases in its territory; institutions and analysts never do', () => {
    const regional = actor('listener', { level: 'region', region: '06' });
    expect(canWorkCase(regional, 'case.claim', casablanca)).toBe(true);
    expect(
      canWorkCase(actor('listener', { level: 'region', region: '04' }), 'case.claim', casablanca),
    ).toBe(false);
    expect(canWorkCase(actor('institution_manager'), 'case.update', casablanca)).toBe(false);
    expect(canWorkCase(actor('analyst'), 'case.update', casablanca)).toBe(false);
    expect(canWorkCase(actor('admin'), 'message.send', casablanca)).toBe(false);
    expect(canReassignCase(actor('supervisor'), casablanca)).toBe(true);
    expect(canReassignCase(actor('listener'), casablanca)).toBe(false);
  });

  it('an admin manages others in scope, never themself', () => {
    const target = { id: 'other', regionCode: '06', provinceCode: null };
    expect(canManageStaff(actor('admin'), 'staff.update', target)).toBe(true);
    expect(canManageStaff(actor('admin'), 'staff.update', { ...target, id: 'me' })).toBe(false);
    expect(
      canManageStaff(actor('admin', { level: 'region', region: '04' }), 'staff.disable', target),
    ).toBe(false);
    expect(
      canUpdateInstitution(actor('admin', { level: 'region', region: '06' }), {
        regionCode: '06',
        provinceCode: '141',
      }),
    ).toBe(true);
    expect(
      canUpdateInstitution(actor('supervisor'), { regionCode: '06', provinceCode: '141' }),
    ).toBe(false);
  });
});

describe('referral rules', () => {
  const registered: CaseRecord = {
    ...casablanca,
    referrals: [],
    registeredByInstitutionId: 'inst-b',
  };
  it('lets the helpline refer within its territory, and a competent body only its own cases', () => {
    expect(canReferFromCase(actor('listener'), 'referral.send', casablanca)).toBe(true);
    const elsewhere = actor('listener', { level: 'region', region: '04' });
    expect(canReferFromCase(elsewhere, 'referral.send', casablanca)).toBe(false);
    const body = actor('institution_agent', { level: 'national' }, 'inst-b');
    expect(canReferFromCase(body, 'referral.create', registered)).toBe(true);
    expect(canReferFromCase(body, 'referral.create', casablanca)).toBe(false);
    expect(canReferFromCase(actor('institution_agent'), 'referral.create', registered)).toBe(false);
    expect(canReferFromCase(actor('analyst'), 'referral.read', casablanca)).toBe(false);
  });
  it('lets a competent body read the case it registered, and nothing else of others', () => {
    const body = actor('institution_manager', { level: 'national' }, 'inst-b');
    expect(canReadCase(body, registered)).toBe(true);
    expect(
      canReadCase(actor('institution_manager', { level: 'national' }, 'inst-c'), registered),
    ).toBe(false);
  });
  it('lets only the addressed institution answer a referral, once it was sent', () => {
    const agent = actor('institution_agent', { level: 'national' }, 'inst-a');
    expect(
      canRespondToReferral(agent, 'referral.respond', { institutionId: 'inst-a', status: 'sent' }),
    ).toBe(true);
    expect(
      canRespondToReferral(agent, 'referral.respond', { institutionId: 'inst-a', status: 'draft' }),
    ).toBe(false);
    expect(
      canRespondToReferral(agent, 'referral.respond', { institutionId: 'inst-x', status: 'sent' }),
    ).toBe(false);
    expect(
      canRespondToReferral(actor('listener'), 'referral.respond', {
        institutionId: 'inst-a',
        status: 'sent',
      }),
    ).toBe(false);
  });
});
