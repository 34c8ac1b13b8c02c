import type { FlowMessages } from './flow-messages/types.ts';
import type { Locale } from './locale.ts';
import type { LocaleWords } from './locale-words.ts';

/**
 * What the journeys say in one language: their own texts and the domain's words (choices, risk
 * questions, places). One chunk per language, so a phone on a slow link downloads the words it
 * reads and not the other three languages (the home screen's few words ship in all four).
 */
export interface JourneyPack {
  readonly f: FlowMessages;
  readonly words: LocaleWords;
}

const importers: Readonly<Record<Locale, () => Promise<{ pack: JourneyPack }>>> = {
  ar: () => import('./packs/ar.ts'),
  fr: () => import('./packs/fr.ts'),
  zgh: () => import('./packs/zgh.ts'),
  en: () => import('./packs/en.ts'),
};

const loading = new Map<Locale, Promise<JourneyPack>>();
const loaded = new Map<Locale, JourneyPack>();

/** Fetches a language's pack once (a failed fetch is tried again on the next call). */
export function loadPack(locale: Locale): Promise<JourneyPack> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      ({ pack }) => {
        loaded.set(locale, pack);
        return pack;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The pack, if it is already on the phone: journeys render only once it is. */
export function loadedPack(locale: Locale): JourneyPack | undefined {
  return loaded.get(locale);
}
