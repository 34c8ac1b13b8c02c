import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import type { Vocabulary } from '../vocabulary/define.ts';
import { opportunityKinds } from '../vocabulary/opportunity-kinds.ts';
import {
  callWindows,
  contactMethods,
  contextsFor,
  gbvimsTypeFor,
  harmChoices,
  legalFormsFor,
  opportunityKindOf,
  perpetratorChoices,
  relationFor,
  reporterChoices,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  whenChoices,
  type HarmChoice,
  type PerpetratorChoice,
} from './index.ts';

const CHOICES: readonly Vocabulary<string>[] = [
  harmChoices,
  perpetratorChoices,
  whenChoices,
  reporterChoices,
  safeNowChoices,
  callWindows,
  contactMethods,
  seekingChoices,
  schoolingLevels,
];

describe('survivor choices', () => {
  it('keep the codes the survivor app and the API agree on', () => {
    expect(Object.fromEntries(CHOICES.map((v) => [v.name, v.codes]))).toEqual({
      harm_choice: [
        'hit_or_hurt',
        'forced_sex',
        'unwanted_touching',
        'threats_or_insults',
        'controls_money',
        'forced_marriage',
        'thrown_out_of_home',
        'harassed_in_public',
        'harassed_online',
        'other',
      ],
      perpetrator_choice: [
        'husband',
        'former_husband',
        'fiance_or_partner',
        'family_member',
        'employer_or_colleague',
        'teacher_or_school',
        'neighbour_or_acquaintance',
        'stranger',
        'other',
        'prefer_not_to_say',
      ],
      when_choice: ['happening_now', 'today', 'this_week', 'this_month', 'longer_ago'],
      reporter_choice: ['self', 'relative', 'witness'],
      safe_now_choice: ['yes', 'no', 'unsure'],
      call_window: ['morning', 'afternoon', 'evening', 'any_time'],
      contact_method: ['call', 'sms', 'none'],
      seeking_choice: [
        'job',
        'training',
        'vocational_training',
        'business_creation',
        'income_generating_project',
      ],
      schooling_level: ['none', 'primary', 'middle', 'secondary', 'higher'],
    });
  });

  it('have a label in every language, Tamazight in Tifinagh, Arabic in Arabic script', () => {
    for (const vocabulary of CHOICES) {
      for (const code of vocabulary.codes) {
        const label = vocabulary.labels[code] ?? { ar: '', fr: '', zgh: '', en: '' };
        for (const locale of LOCALES)
          expect(label[locale].trim(), `${code}/${locale}`).not.toBe('');
        expect(label.zgh, code).toMatch(/[\u2D30-\u2D7F]/u);
        expect(label.ar, code).toMatch(/[\u0600-\u06FF]/u);
      }
    }
  });

  it('map every seeking choice onto an opportunity kind', () => {
    for (const code of seekingChoices.codes) {
      expect(opportunityKinds.codes).toContain(opportunityKindOf(code));
    }
    expect(opportunityKindOf('job')).toBe('job_offer');
  });
});

describe('mapping plain choices to classifications', () => {
  it.each<[HarmChoice[], string[], string | null]>([
    [['hit_or_hurt'], ['physical'], 'physical_assault'],
    [['forced_sex', 'hit_or_hurt'], ['physical', 'sexual'], 'rape'],
    [['hit_or_hurt', 'unwanted_touching'], ['physical', 'sexual'], 'sexual_assault'],
    [['threats_or_insults', 'hit_or_hurt'], ['physical', 'psychological'], 'physical_assault'],
    [
      ['forced_marriage', 'threats_or_insults'],
      ['psychological', 'forced_marriage'],
      'forced_marriage',
    ],
    [['controls_money'], ['economic'], 'denial_of_resources'],
    [
      ['thrown_out_of_home', 'threats_or_insults'],
      ['psychological', 'expulsion_from_home'],
      'denial_of_resources',
    ],
    [['harassed_in_public'], ['sexual_harassment'], 'psychological_abuse'],
    [['harassed_online'], ['cyber_violence'], 'psychological_abuse'],
    [['threats_or_insults', 'threats_or_insults'], ['psychological'], 'psychological_abuse'],
    [['other'], [], null],
    [[], [], null],
  ])('%j → forms %j, GBVIMS %s', (harms, forms, gbvims) => {
    expect(legalFormsFor(harms)).toEqual(forms);
    expect(gbvimsTypeFor(harms)).toBe(gbvims);
  });

  it.each<[PerpetratorChoice, string]>([
    ['husband', 'spouse'],
    ['former_husband', 'former_spouse'],
    ['fiance_or_partner', 'intimate_partner'],
    ['family_member', 'family_other'],
    ['employer_or_colleague', 'employer_supervisor'],
    ['teacher_or_school', 'teacher_school_official'],
    ['neighbour_or_acquaintance', 'family_friend_neighbour'],
    ['stranger', 'no_relation'],
    ['other', 'other'],
    ['prefer_not_to_say', 'unknown'],
  ])('%s → relation %s', (perpetrator, relation) => {
    expect(relationFor(perpetrator)).toBe(relation);
  });

  it.each<[HarmChoice[], PerpetratorChoice | undefined, string[]]>([
    [['harassed_online'], 'former_husband', ['conjugal', 'cyber']],
    [['hit_or_hurt'], 'husband', ['conjugal']],
    [['hit_or_hurt'], 'family_member', ['family']],
    [['harassed_in_public'], 'employer_or_colleague', ['workplace', 'public_space']],
    [['unwanted_touching'], 'teacher_or_school', ['education']],
    [['harassed_in_public'], 'stranger', ['public_space']],
    [['hit_or_hurt'], 'stranger', ['unknown']],
    [[], undefined, ['unknown']],
  ])('%j by %s → contexts %j', (harms, perpetrator, contexts) => {
    expect(contextsFor(harms, perpetrator)).toEqual(contexts);
  });
});
