import { LOCALES } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import { smsText } from './sms-gateway-transport.ts';
import {
  NOTIFICATION_TEMPLATES,
  renderNotification,
  TemplateParamsError,
  TEMPLATES,
  TEMPLATES_UNVERIFIED_ZGH,
  type NotificationTemplate,
} from './templates.ts';

/**
 * Words that would tell someone reading her phone what the message is about. A Latin word
 * matches as a whole word, or as the start of one when it ends in `*` (`violen*`: violence,
 * violent); Arabic and Tifinagh words match anywhere.
 */
const FORBIDDEN: Readonly<Record<(typeof LOCALES)[number], readonly string[]>> = {
  en: (
    'violen* abus* assault* rape* harass* case* referr* refer helpline* hotline* police* ' +
    'gendarmerie* court* prosecut* shelter* complain* victim* sanad* danger* safe* help* ' +
    'report* consent* institution* listen* support*'
  ).split(' '),
  fr: (
    'violen* agress* viol* harcèle* dossier* cas orientation* écoute* police* gendarmerie* ' +
    'tribunal* procureur* parquet* refuge* foyer* hébergement* plainte* victime* sanad* ' +
    'danger* aide* signalement* consentement* institution* sécurité*'
  ).split(' '),
  ar: (
    'عنف اعتداء تحرش اغتصاب إحالة احالة ملف حالة شكاية شكوى شرطة الأمن درك محكمة نيابة إيواء ' +
    'مأوى ضحية سند استماع خطر مساعدة موافقة مؤسسة'
  ).split(' '),
  zgh: 'ⵍⵄⵏⴼ ⴰⵙⵎⵓⴷⴷⵓ ⵍⴱⵓⵍⵉⵙ ⵊⵊⴰⵏⴷⴰⵔⵎ ⵍⵏⵢⴰⴱⴰ ⵍⵅⴰⵍⵉⵢⴰ ⵍⵅⴰⵟⴰⵔ ⵙⴰⵏⴰⴷ ⴰⵎⵓⵏ ⵜⵎⵙⵙⵓⵔⵜ'.split(' '),
};

const contains = (text: string, word: string): boolean => {
  if (!/\p{Script=Latin}/u.test(word)) return text.includes(word);
  const stem = word.endsWith('*');
  const body = stem ? word.slice(0, -1) : word;
  return new RegExp(`(^|[^\\p{L}])${body}${stem ? '' : '($|[^\\p{L}])'}`, 'iu').test(text);
};

/** The GSM 7-bit default alphabet (and its extension table, two septets each). */
const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€';

/**
 * How many SMS a text takes: 160 GSM septets in one (extension characters take two), else 70
 * UCS-2 units (UTF-16, which is what `length` counts).
 */
function segments(text: string): number {
  let septets = 0;
  for (const char of text) {
    if (GSM7_EXTENSION.includes(char)) septets += 2;
    else if (GSM7.includes(char)) septets += 1;
    else return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153);
}

const SAMPLE_PARAMS: Readonly<Record<NotificationTemplate, Record<string, string>>> = {
  'referral.received': {
    reference: 'SN-2026-000123',
    urgency: 'emergency',
    // Morocco was on UTC+1 that day: the reader sees 13:00.
    dueAt: '2025-06-01T12:00:00Z',
  },
  'referral.overdue_manager': { reference: 'SN-2026-000123', stage: 'accept' },
  'referral.overdue_supervisor': { reference: 'SN-2026-000123', institution: 'EMF Settat' },
  'referral.override': { reference: 'SN-2026-000123' },
  'referral.declined': { reference: 'SN-2026-000123' },
  'referral.completed': { reference: 'SN-2026-000123' },
  'survivor.update': {},
};

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('notification templates', () => {
  it('exist for every template in all four languages, with the same placeholders', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_TEMPLATES].sort());
    for (const template of NOTIFICATION_TEMPLATES) {
      const { subject, text, params } = TEMPLATES[template];
      const declared = Object.keys(params.shape).sort();
      for (const locale of LOCALES) {
        expect(subject[locale].trim(), `${template} ${locale}`).not.toBe('');
        expect(text[locale].trim(), `${template} ${locale}`).not.toBe('');
        // Every declared parameter is said in the text; nothing undeclared is asked for.
        expect(placeholders(text[locale]).filter((p, i, a) => a.indexOf(p) === i)).toEqual(
          declared,
        );
        for (const name of placeholders(subject[locale])) expect(declared).toContain(name);
      }
      const bare = (s: string) => s.replace(/\{\w+\}/g, '');
      expect(text.ar).toMatch(/\p{Script=Arabic}/u);
      expect(bare(text.zgh)).toMatch(/\p{Script=Tifinagh}/u);
      expect(bare(text.zgh) + bare(subject.zgh)).not.toMatch(/\p{Script=Latin}|\p{Script=Arabic}/u);
      expect(bare(text.fr) + bare(text.en)).not.toMatch(/\p{Script=Arabic}|\p{Script=Tifinagh}/u);
    }
    expect([...TEMPLATES_UNVERIFIED_ZGH].sort()).toEqual([...NOTIFICATION_TEMPLATES].sort());
  });

  it('renders each template in the recipient’s language, codes turned into her words', () => {
    const received = SAMPLE_PARAMS['referral.received'];
    expect(renderNotification('referral.received', 'fr', received)).toEqual({
      subject: 'Sanad : nouvelle orientation SN-2026-000123',
      text:
        'Sanad : nouvelle orientation SN-2026-000123 (Urgence (danger immédiat)) pour votre ' +
        'institution. Merci d’en accuser réception avant le 2025-06-01 13:00 dans la console Sanad.',
    });
    expect(renderNotification('referral.received', 'ar', received).text).toContain('خطر فوري');
    expect(
      renderNotification('referral.overdue_manager', 'en', { reference: 'SN-1', stage: 'accept' })
        .text,
    ).toContain('(acceptance)');
    for (const template of NOTIFICATION_TEMPLATES) {
      for (const locale of LOCALES) {
        const { subject, text } = renderNotification(template, locale, SAMPLE_PARAMS[template]);
        expect(subject + text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('refuses a parameter a template does not declare, so no name can ride along', () => {
    expect(() =>
      renderNotification('referral.declined', 'en', { reference: 'SN-2026-1', name: 'Fatima' }),
    ).toThrow(TemplateParamsError);
    expect(() => renderNotification('survivor.update', 'ar', { reference: 'SN-2026-1' })).toThrow(
      /unknown reference/,
    );
    expect(() => renderNotification('referral.declined', 'en', { reference: 'Fatima Z.' })).toThrow(
      /reference must be a case reference/,
    );
    expect(() =>
      renderNotification('referral.overdue_supervisor', 'en', {
        reference: 'SN-2026-1',
        institution: 'EMF\nSettat',
      }),
    ).toThrow(TemplateParamsError);
    // The error names the field, never the value.
    try {
      renderNotification('referral.declined', 'en', { reference: 'SN-2026-1', name: 'Fatima' });
    } catch (error) {
      expect(String(error)).not.toContain('Fatima');
    }
  });

  it('sends a survivor only discreet texts: no telling word in any language, no parameter', () => {
    const survivorTemplates = NOTIFICATION_TEMPLATES.filter(
      (t) => TEMPLATES[t].audience === 'survivor',
    );
    expect(survivorTemplates).toEqual(['survivor.update']);
    for (const template of survivorTemplates) {
      expect(Object.keys(TEMPLATES[template].params.shape)).toEqual([]);
      for (const locale of LOCALES) {
        const { subject, text } = renderNotification(template, locale, {});
        for (const word of FORBIDDEN[locale]) {
          expect(contains(subject, word), `${template} ${locale} subject: ${word}`).toBe(false);
          expect(contains(text, word), `${template} ${locale} text: ${word}`).toBe(false);
        }
        expect(segments(smsText(text)), `${template} ${locale}`).toBe(1);
      }
    }
  });

  it('would catch a telling word (the check itself works)', () => {
    expect(contains('Your referral is ready', 'referral')).toBe(true);
    expect(contains('Vous avez un nouveau cas', 'cas')).toBe(true);
    expect(contains('Ouvrez la cascade', 'cas')).toBe(false);
    expect(contains('Un acte violent', 'violen*')).toBe(true);
    expect(contains('لديك إحالة جديدة', 'إحالة')).toBe(true);
    expect(segments('x'.repeat(160))).toBe(1);
    expect(segments('’'.repeat(71))).toBe(2);
  });
});
