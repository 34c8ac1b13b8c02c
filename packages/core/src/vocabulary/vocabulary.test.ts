import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { codesOf, labelOf } from './define.ts';
import {
  ALL_VOCABULARIES,
  LAW_65_15_SERVICES,
  UNVERIFIED_ZGH,
  gbvimsTypes,
  serviceTypes,
  urgencyLevels,
  violenceForms,
} from './index.ts';

// The database and the server store these codes: their spelling and order must not drift.
const EXPECTED_CODES: Record<string, readonly string[]> = {
  drop_reason: [
    'not_interested',
    'found_other_work',
    'childcare',
    'transport_distance',
    'health',
    'family_opposition',
    'safety',
    'not_suitable',
    'no_news',
    'other',
  ],
  mobility: ['province', 'region', 'anywhere'],
  availability: ['full_time', 'part_time', 'mornings', 'afternoons'],
  violence_form: [
    'physical',
    'sexual',
    'psychological',
    'economic',
    'sexual_harassment',
    'cyber_violence',
    'forced_marriage',
    'expulsion_from_home',
    'property_squandering',
  ],
  gbvims_type: [
    'rape',
    'sexual_assault',
    'physical_assault',
    'forced_marriage',
    'denial_of_resources',
    'psychological_abuse',
  ],
  violence_context: [
    'conjugal',
    'family',
    'education',
    'workplace',
    'public_space',
    'cyber',
    'other',
    'unknown',
  ],
  perpetrator_relation: [
    'spouse',
    'former_spouse',
    'fiance',
    'intimate_partner',
    'former_partner',
    'primary_caregiver',
    'family_other',
    'employer_supervisor',
    'schoolmate',
    'teacher_school_official',
    'service_provider',
    'cotenant_housemate',
    'family_friend_neighbour',
    'community_member',
    'other',
    'no_relation',
    'unknown',
  ],
  institution_type: [
    'prosecution_cell',
    'dgsn_cell',
    'gendarmerie_cell',
    'hospital_unit',
    'emf_centre',
    'shelter',
    'ngo_listening_centre',
    'employment_agency',
    'vocational_training',
    'business_creation_programme',
    'helpline',
    'ministry',
  ],
  service_type: [
    'shelter',
    'listening',
    'orientation',
    'accompaniment',
    'economic_support',
    'legal',
    'medical',
    'psychological',
  ],
  urgency_level: ['emergency', 'high', 'medium', 'standard'],
  contact_channel: ['app', 'phone', 'walk_in', 'institution'],
  contact_type: [
    'violence_report',
    'support_request',
    'information',
    'silent',
    'wrong_number',
    'abusive',
    'other',
  ],
  case_status: ['new', 'in_triage', 'active', 'closed'],
  referral_status: [
    'draft',
    'sent',
    'acknowledged',
    'accepted',
    'declined',
    'in_progress',
    'completed',
    'revoked',
  ],
  opportunity_kind: [
    'job_offer',
    'training',
    'vocational_training',
    'business_creation',
    'income_generating_project',
    'microcredit_grant',
  ],
  enrolment_status: [
    'proposed',
    'interested',
    'referred',
    'applied',
    'enrolled',
    'completed',
    'dropped',
  ],
  economic_outcome: [
    'employed',
    'business_created',
    'income_activity_started',
    'further_training',
    'none',
  ],
  consent_purpose: [
    'care',
    'sharing_with_institution',
    'opportunity_referral',
    'location',
    'statistics',
  ],
  staff_role: [
    'listener',
    'supervisor',
    'institution_agent',
    'institution_manager',
    'analyst',
    'admin',
  ],
  scope_level: ['national', 'region', 'province'],
  area_type: ['urban', 'rural'],
  age_band: [
    'under_15',
    'age_15_17',
    'age_18_24',
    'age_25_34',
    'age_35_44',
    'age_45_59',
    'age_60_plus',
  ],
  closing_reason: [
    'resolved',
    'referred_onward',
    'survivor_request',
    'unreachable',
    'duplicate',
    'out_of_scope',
  ],
  reopening_reason: ['new_contact', 'new_incident', 'closed_in_error', 'institution_request'],
  call_outcome: [
    'case_opened',
    'attached_to_case',
    'information_given',
    'referred',
    'callback_planned',
    'no_action',
  ],
};

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

describe('vocabularies', () => {
  it('lists every vocabulary once, under a unique snake_case name', () => {
    const names = ALL_VOCABULARIES.map((vocabulary) => vocabulary.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(SNAKE_CASE);
    expect([...names].sort()).toEqual(Object.keys(EXPECTED_CODES).sort());
  });

  describe.each(ALL_VOCABULARIES.map((vocabulary) => [vocabulary.name, vocabulary] as const))(
    '%s',
    (name, vocabulary) => {
      it('has the codes the database expects, in order', () => {
        expect(vocabulary.codes).toEqual(EXPECTED_CODES[name]);
        expect(codesOf(vocabulary)).toEqual(vocabulary.codes);
      });

      it('has unique snake_case codes', () => {
        expect(vocabulary.codes.length).toBeGreaterThan(0);
        expect(new Set(vocabulary.codes).size).toBe(vocabulary.codes.length);
        for (const code of vocabulary.codes) expect(code).toMatch(SNAKE_CASE);
      });

      it('labels every code in all four languages', () => {
        for (const code of vocabulary.codes) {
          const label = vocabulary.labels[code];
          expect(Object.keys(label ?? {}).sort()).toEqual([...LOCALES].sort());
          for (const locale of LOCALES) {
            const text = labelOf(vocabulary, code, locale);
            expect(text.trim(), `${name}.${code}.${locale}`).not.toBe('');
            expect(text, `${name}.${code}.${locale}`).toBe(text.trim());
          }
        }
      });

      it('writes Arabic labels in Arabic script', () => {
        for (const code of vocabulary.codes) {
          const ar = labelOf(vocabulary, code, 'ar');
          expect(ar, `${name}.${code}`).toMatch(/\p{Script=Arabic}/u);
          expect(ar, `${name}.${code}`).not.toMatch(/\p{Script=Latin}/u);
        }
      });

      it('writes Tamazight labels in Tifinagh, without Latin letters', () => {
        for (const code of vocabulary.codes) {
          const zgh = labelOf(vocabulary, code, 'zgh');
          expect(zgh, `${name}.${code}`).toMatch(/\p{Script=Tifinagh}/u);
          expect(zgh, `${name}.${code}`).not.toMatch(/\p{Script=Latin}/u);
          expect(zgh, `${name}.${code}`).not.toMatch(/\p{Script=Arabic}/u);
        }
      });

      it('flags unverified Tamazight labels with known codes only', () => {
        const unverified = UNVERIFIED_ZGH[name];
        expect(unverified).toBeDefined();
        for (const code of unverified ?? []) expect(vocabulary.codes).toContain(code);
      });
    },
  );

  it('orders urgency levels most urgent first', () => {
    expect(urgencyLevels.codes[0]).toBe('emergency');
    expect(urgencyLevels.codes.at(-1)).toBe('standard');
  });

  it('keeps the GBVIMS classification order', () => {
    expect(gbvimsTypes.codes.indexOf('rape')).toBeLessThan(
      gbvimsTypes.codes.indexOf('sexual_assault'),
    );
    expect(gbvimsTypes.codes.at(-1)).toBe('psychological_abuse');
  });

  it('lists the Law 65.15 services among the service types', () => {
    expect(LAW_65_15_SERVICES).toEqual([
      'shelter',
      'listening',
      'orientation',
      'accompaniment',
      'economic_support',
    ]);
    for (const service of LAW_65_15_SERVICES) expect(serviceTypes.codes).toContain(service);
    expect(Object.isFrozen(LAW_65_15_SERVICES)).toBe(true);
  });

  it('keeps violence forms multi-select friendly (no "none" or "other" catch-all)', () => {
    expect(violenceForms.codes).not.toContain('none');
    expect(violenceForms.codes).not.toContain('other');
  });
});
