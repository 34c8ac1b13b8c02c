import {
  LOCALE_TAGS,
  isLocale,
  textDirection,
  DEFAULT_LOCALE,
  type Locale,
} from '@sanad/core/locales';

/**
 * The language a web app is shown in: applied to `<html lang dir>` and remembered on the
 * device. Built on `@sanad/core/locales` (a pure module: importing it does not pull the rest of
 * the domain package into the survivor app's first screen).
 */
export { LOCALES, DEFAULT_LOCALE, isLocale, textDirection, type Locale } from '@sanad/core/locales';

/** What `<html lang>` carries for each locale (Moroccan variants where they exist). */
export const HTML_LANG = LOCALE_TAGS;

/** Each language's own name, written in its own script, for the language switch. */
export const ENDONYMS: Readonly<Record<Locale, string>> = {
  ar: 'العربية',
  fr: 'Français',
  zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  en: 'English',
};

/** Points `<html lang dir>` at the chosen locale, so screen readers and the bidi algorithm follow. */
export function applyLocale(root: HTMLElement, locale: Locale): void {
  root.lang = HTML_LANG[locale];
  root.dir = textDirection(locale);
}

/** The device's local storage, or nothing when the browser refuses it (sandbox, privacy mode). */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Remembers the chosen language under `key`; never throws (private mode, full quota). */
export interface LocaleMemory {
  load: (storage: Pick<Storage, 'getItem'> | undefined) => Locale;
  save: (storage: Pick<Storage, 'setItem'> | undefined, locale: Locale) => void;
}

export function localeMemory(key: string): LocaleMemory {
  return {
    load(storage) {
      try {
        const saved = storage?.getItem(key);
        return typeof saved === 'string' && isLocale(saved) ? saved : DEFAULT_LOCALE;
      } catch {
        return DEFAULT_LOCALE;
      }
    },
    save(storage, locale) {
      try {
        storage?.setItem(key, locale);
      } catch {
        // Storage refused: the choice simply lasts for this visit.
      }
    },
  };
}
