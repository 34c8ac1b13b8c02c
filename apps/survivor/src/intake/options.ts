import type { ChoiceOption } from '../components/choice-list.tsx';
import type { IconName } from '../components/icons.tsx';
import type { LocaleWords } from '../i18n/locale-words.ts';

/**
 * The plain choices of the forms, labelled in her language, each with an icon (many readers
 * rely on the picture more than the words). The codes and labels come from the domain package,
 * the same ones the server validates and the console shows, through the language's pack (one
 * language per download, see i18n/pack.ts).
 */
export function optionsOf<Code extends string>(
  words: readonly { readonly code: Code; readonly label: string }[],
  icons: Partial<Record<Code, IconName>>,
  fallback: IconName,
): ChoiceOption<Code>[] {
  return words.map(({ code, label }) => ({ code, label, icon: icons[code] ?? fallback }));
}

export function choices(words: LocaleWords) {
  return {
    reporter: optionsOf(words.reporter, { self: 'person', witness: 'eye' }, 'people'),
    harms: optionsOf(
      words.harms,
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
      words.perpetrator,
      {
        family_member: 'people',
        teacher_or_school: 'school',
        prefer_not_to_say: 'lock',
        other: 'question',
      },
      'person',
    ),
    when: optionsOf(words.when, { happening_now: 'danger' }, 'clock'),
    safeNow: optionsOf(words.safeNow, { yes: 'check', no: 'cross' }, 'question'),
    method: optionsOf(words.method, { call: 'phone', sms: 'chat' }, 'cross'),
    window: optionsOf(words.window, {}, 'clock'),
    seeking: optionsOf(
      words.seeking,
      { job: 'support', training: 'school', vocational_training: 'tool' },
      'sprout',
    ),
    schooling: optionsOf(words.schooling, {}, 'school'),
    areaType: optionsOf(words.areaType, { urban: 'home' }, 'sprout'),
    ageBand: optionsOf(words.ageBand, {}, 'person'),
    riskAnswer: optionsOf(words.riskAnswers, { yes: 'check', no: 'cross' }, 'question'),
  };
}

export type Choices = ReturnType<typeof choices>;
