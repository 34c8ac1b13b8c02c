import { HTML_LANG, type Locale } from './locale.ts';

/**
 * The forms of a counted noun, by CLDR plural category; `#` stands for the formatted number.
 * Arabic needs up to six forms (12 regions is "12 جهة", 5 regions "5 جهات"); `other` is always
 * required and used when a form is missing.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** "12 regions", with the grammar and digits of the locale. */
export function counted(locale: Locale, count: number, forms: PluralForms): string {
  const tag = HTML_LANG[locale];
  const category = new Intl.PluralRules(tag).select(count);
  const form = forms[category] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(tag).format(count));
}
