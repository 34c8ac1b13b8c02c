import { referralStatuses } from '@sanad/core';
import type { Locale } from '../../i18n/locale.ts';
import { labelOf } from '../../vocabulary.ts';

// The referral statuses' labels, in the reader's language (the shared vocabulary of
// `@sanad/core`, like the helpline's in `helpline-vocabulary.ts`).

export { referralStatuses };

export const referralStatusLabel = (code: string, locale: Locale): string =>
  labelOf(referralStatuses, code, locale);
