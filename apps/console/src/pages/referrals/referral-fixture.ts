import type { ProposalView, ReferralView } from '../../api/referral-types.ts';

// Referrals and proposals as the API presents them, for the pure functions' tests: the
// smallest valid shape, changed field by field.

export function referralFixture(change: Partial<ReferralView> = {}): ReferralView {
  return {
    id: 'r1',
    caseId: 'c1',
    caseReference: 'SAN-2026-000123',
    status: 'sent',
    scope: 'case',
    urgency: 'emergency',
    services: ['accompaniment'],
    institution: {
      id: 'i1',
      name: 'Cellule de la Gendarmerie royale de Settat',
      type: 'gendarmerie_cell',
      provinceCode: '461',
      regionCode: '06',
    },
    referredBy: { kind: 'helpline' },
    emergencyOverride: false,
    overrideReason: null,
    reason: null,
    noteBack: null,
    sentBy: { id: 's1', name: 'Salma' },
    createdAt: '2026-11-22T10:00:00.000Z',
    sentAt: '2026-11-22T10:00:00.000Z',
    acknowledgeDueAt: '2026-11-22T10:15:00.000Z',
    acknowledgedAt: null,
    acceptDueAt: null,
    acceptedAt: null,
    declinedAt: null,
    startedAt: null,
    completedAt: null,
    revokedAt: null,
    overdue: null,
    escalation: 0,
    nextProposal: null,
    serviceRecords: [],
    allowedTransitions: ['acknowledged'],
    abilities: { send: false, recordService: false },
    version: 1,
    ...change,
  };
}

export function proposalFixture(change: Partial<ProposalView> = {}): ProposalView {
  return {
    institution: {
      id: 'i2',
      name: 'EMF Settat',
      type: 'emf_centre',
      provinceCode: '461',
      regionCode: '06',
      agency: 'Entraide nationale',
      open247: false,
      capacityFree: 3,
      phone: '0523 00 00 00',
    },
    rank: 1,
    territory: 'province',
    openNow: true,
    servicesCovered: ['shelter', 'listening'],
    bedsFree: 3,
    full: false,
    consentGranted: false,
    alreadyReferred: false,
    reasons: [],
    ...change,
  };
}
