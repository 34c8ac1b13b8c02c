import type { Vocabulary } from '@sanad/core';
import {
  ageBands,
  areaTypes,
  callWindows,
  contactMethods,
  harmChoices,
  perpetratorChoices,
  reporterChoices,
  RISK_ANSWERS,
  RISK_QUESTIONS,
  riskAnswerLabels,
  safeNowChoices,
  schoolingLevels,
  seekingChoices,
  whenChoices,
} from '@sanad/core/intake';
import { PLACES } from '@sanad/core/places';
import type { Locale } from './locale.ts';

/** A vocabulary's choices in one language, in the order they are shown. */
function wordsOf<Code extends string>(vocabulary: Vocabulary<Code>, locale: Locale) {
  return vocabulary.codes.map((code) => ({ code, label: vocabulary.labels[code][locale] }));
}

/**
 * BUILD TIME ONLY (vite.config.ts, and tests): the domain's words the journeys show, in ONE
 * language — plain choices, risk questions, regions and provinces. The domain keeps them in four
 * languages side by side; a phone needs one, so the build writes one module per language
 * (`virtual:locale-words/<locale>`) and a journey downloads a quarter of the words. Never import
 * this file from the app itself: it would bring back all four languages.
 */
export function localeWords(locale: Locale) {
  return {
    reporter: wordsOf(reporterChoices, locale),
    harms: wordsOf(harmChoices, locale),
    perpetrator: wordsOf(perpetratorChoices, locale),
    when: wordsOf(whenChoices, locale),
    safeNow: wordsOf(safeNowChoices, locale),
    method: wordsOf(contactMethods, locale),
    window: wordsOf(callWindows, locale),
    seeking: wordsOf(seekingChoices, locale),
    schooling: wordsOf(schoolingLevels, locale),
    areaType: wordsOf(areaTypes, locale),
    ageBand: wordsOf(ageBands, locale),
    riskQuestions: RISK_QUESTIONS.map((question) => ({
      id: question.id,
      label: question.label[locale],
    })),
    riskAnswers: RISK_ANSWERS.map((code) => ({ code, label: riskAnswerLabels[code][locale] })),
    places: PLACES.map((region) => ({
      code: region.code,
      name: region.name[locale],
      provinces: region.provinces.map((province) => ({
        code: province.code,
        name: province.name[locale],
      })),
    })),
  };
}

export type LocaleWords = ReturnType<typeof localeWords>;
