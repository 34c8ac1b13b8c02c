import type { Vocabulary } from '@sanad/core';
import {
  callWindows,
  contactMethods,
  harmChoices,
  perpetratorChoices,
  reporterChoices,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  whenChoices,
} from '@sanad/core/intake';
import type { ChoiceOption } from '../components/choice-list.tsx';
import type { IconName } from '../components/icons.tsx';
import type { Locale } from '../i18n/locale.ts';

/**
 * The plain choices of the forms, labelled in her language, each with an icon (many readers
 * rely on the picture more than the words). The codes and labels come from the domain package,
 * the same ones the server validates and the console shows. Only the light `@sanad/core/intake`
 * here: the urgent screen must open fast (age bands and area types, from the heavier root
 * module, are added by the screens that already load the territory).
 */
export function optionsOf<Code extends string>(
  vocabulary: Vocabulary<Code>,
  locale: Locale,
  icons: Partial<Record<Code, IconName>>,
  fallback: IconName,
): ChoiceOption<Code>[] {
  return vocabulary.codes.map((code) => ({
    code,
    label: vocabulary.labels[code][locale],
    icon: icons[code] ?? fallback,
  }));
}

export function choices(locale: Locale) {
  return {
    reporter: optionsOf(reporterChoices, locale, { self: 'person', witness: 'eye' }, 'people'),
    harms: optionsOf(
      harmChoices,
      locale,
      {
        hit_or_hurt: 'hand',
        threats_or_insults: 'chat',
        controls_money: 'money',
        forced_marriage: 'ring',
        thrown_out_of_home: 'home',
        harassed_in_public: 'walk',
        harassed_online: 'screen',
        other: 'question',
      },
      'danger',
    ),
    perpetrator: optionsOf(
      perpetratorChoices,
      locale,
      {
        family_member: 'people',
        teacher_or_school: 'school',
        prefer_not_to_say: 'lock',
        other: 'question',
      },
      'person',
    ),
    when: optionsOf(whenChoices, locale, { happening_now: 'danger' }, 'clock'),
    safeNow: optionsOf(safeNowChoices, locale, { yes: 'check', no: 'cross' }, 'question'),
    method: optionsOf(contactMethods, locale, { call: 'phone', sms: 'chat' }, 'cross'),
    window: optionsOf(callWindows, locale, {}, 'clock'),
    seeking: optionsOf(
      seekingChoices,
      locale,
      { job: 'support', training: 'school', vocational_training: 'tool' },
      'sprout',
    ),
    schooling: optionsOf(schoolingLevels, locale, {}, 'school'),
  };
}

export type Choices = ReturnType<typeof choices>;
