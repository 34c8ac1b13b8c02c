/**
 * The four languages Sanad speaks. Arabic comes first: it is the default for every survivor
 * screen and for any request that does not say otherwise.
 */
export const LOCALES = ['ar', 'fr', 'zgh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';

/** A text in every language Sanad speaks: a missing translation does not compile. */
export type Localized = Readonly<Record<Locale, string>>;

/** BCP 47 tags used for `<html lang>` and for `Intl` formatting (Moroccan variants). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  ar: 'ar-MA',
  fr: 'fr-MA',
  zgh: 'zgh',
  en: 'en',
};

/** Arabic is written right to left; Tifinagh, French and English left to right. */
export function textDirection(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an `Accept-Language` header. Regional variants map to
 * their language (`fr-MA` → `fr`); Tamazight is recognised under its standard (`zgh`) and
 * regional codes (`tzm`, `shi`, `rif`, `ber`). Falls back to Arabic.
 */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
    if (['tzm', 'shi', 'rif', 'ber'].includes(primary)) return 'zgh';
    if (primary === 'ary') return 'ar';
  }
  return DEFAULT_LOCALE;
}
