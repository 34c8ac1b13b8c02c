import type { ReasonView } from '../../api/pathway-types.ts';
import { formatDate } from '../../helpline-format.ts';
import { isolate } from '../../i18n/bidi.ts';
import { ENDONYMS, isLocale, type Locale } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';

// The words for what matching sends as codes: why an opportunity suits her ("in her province",
// "childcare provided", "3 places left") or what to check with her first ("no childcare",
// "apply by 12 March, 2 days left"), what an alternative departs from, and what to ask her next.

const numberOf = (reason: ReasonView, key: string): number | undefined => {
  const value = reason[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

const stringOf = (reason: ReasonView, key: string): string | undefined => {
  const value = reason[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * One reason, as the listener reads it. Every code of the core's `MATCH_REASON_CODES` has
 * words; a code this build does not know (or one missing its figures) shows as the code.
 */
export function reasonText(reason: ReasonView, t: Messages, locale: Locale): string {
  const date = stringOf(reason, 'date');
  const day = date === undefined ? undefined : formatDate(date, locale);
  switch (reason.code) {
    case 'kind_sought':
      return t.pwReasonKindSought;
    case 'in_her_province':
      return t.pwReasonInProvince;
    case 'in_her_region':
      // `against`: in her region, but she said she stays in her province.
      return reason.side === 'for' ? t.pwReasonInRegion : t.pwReasonInRegionFar;
    case 'remote':
      return t.pwReasonRemote;
    case 'outside_her_region':
      return t.pwReasonOutsideRegion;
    case 'age_fits':
      return t.pwReasonAgeFits;
    case 'age_to_check':
      return t.pwReasonAgeToCheck;
    case 'schooling_fits':
      return t.pwReasonSchoolingFits;
    case 'schooling_to_check':
      return t.pwReasonSchoolingToCheck;
    case 'no_literacy_needed':
      return t.pwReasonNoLiteracy;
    case 'literacy_to_check':
      return t.pwReasonLiteracyToCheck;
    case 'childcare_provided':
      return t.pwReasonChildcare;
    case 'childcare_missing':
      return t.pwReasonNoChildcare;
    case 'transport_provided':
      return t.pwReasonTransport;
    case 'stipend':
      return t.pwReasonStipend;
    case 'in_her_language': {
      const language = stringOf(reason, 'locale');
      return language !== undefined && isLocale(language)
        ? t.pwReasonLanguage(isolate(ENDONYMS[language]))
        : reason.code;
    }
    case 'places_left': {
      const places = numberOf(reason, 'places');
      return places === undefined ? reason.code : t.pwReasonPlaces(places);
    }
    case 'apply_by': {
      const daysLeft = numberOf(reason, 'daysLeft');
      return day === undefined || daysLeft === undefined
        ? reason.code
        : t.pwReasonApplyBy(day, daysLeft);
    }
    case 'starts_on':
      return day === undefined ? reason.code : t.pwReasonStartsOn(day);
    case 'starts_later':
      return day === undefined ? reason.code : t.pwReasonStartsLater(day);
    case 'other_kind':
      return t.pwReasonOtherKind;
    default:
      return reason.code;
  }
}

/** A reason's side as the chip shows it: for her, or a point to check with her. */
export function reasonTone(reason: ReasonView): 'for' | 'against' {
  return reason.side === 'for' ? 'for' : 'against';
}

/** How an alternative departs from what she asked (a `Relaxation`: "in a neighbouring province"). */
export function relaxationText(relaxed: string, t: Messages): string {
  switch (relaxed) {
    case 'neighbouring_province':
      return t.pwRelaxedNeighbour;
    case 'outside_region':
      return t.pwRelaxedOutsideRegion;
    case 'later_session':
      return t.pwRelaxedLater;
    case 'other_kind':
      return t.pwRelaxedOtherKind;
    default:
      return relaxed;
  }
}

/** A `ProfileField` the listener may still ask her, in words ("her schooling"). */
export function missingFieldText(field: string, t: Messages): string {
  switch (field) {
    case 'seeking':
      return t.pwAskSeeking;
    case 'province':
      return t.pwAskProvince;
    case 'age':
      return t.pwAskAge;
    case 'schooling':
      return t.pwAskSchooling;
    case 'literacy':
      return t.pwAskLiteracy;
    case 'availability':
      return t.pwAskAvailability;
    default:
      return field;
  }
}
