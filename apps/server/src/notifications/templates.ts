import { urgencyLevels, type Locale, type Localized } from '@sanad/core';
import { z } from 'zod';

/**
 * The SMS and e-mail texts Sanad sends, in the four languages. Staff texts may name a case
 * reference, an urgency, a deadline and an institution — never a survivor's name, words or
 * whereabouts: each template accepts exactly the parameters it declares, so nothing else can be
 * slipped in. The survivor's one text is discreet: a phone may be read over her shoulder, so it
 * says only that there is news in her app, takes no parameter, and fits one SMS.
 *
 * Every Tamazight (Tifinagh) text is a best rendering awaiting review by a native speaker, like
 * the other Tamazight texts of the platform.
 */
export const NOTIFICATION_TEMPLATES = [
  'referral.received',
  'referral.overdue_manager',
  'referral.overdue_supervisor',
  'referral.override',
  'referral.declined',
  'referral.completed',
  'survivor.update',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** A case reference as the platform writes it (`SN-2026-000123`). */
const reference = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'must be a case reference');
const urgency = z.enum(urgencyLevels.codes);
const stage = z.enum(['acknowledge', 'accept']);
const time = z.iso.datetime({ offset: true });
/** An institution's name from the directory: one line, no control characters. */
const institution = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[^\p{Cc}]+$/u, 'must be one line');

export type StageParam = z.infer<typeof stage>;

const STAGE_LABELS: Readonly<Record<StageParam, Localized>> = {
  acknowledge: {
    ar: 'تأكيد التوصل',
    fr: 'accusé de réception',
    zgh: 'ⴰⵙⵙⵏⵜⵉ ⵏ ⵓⵎⵥⴰⵡⴰ',
    en: 'acknowledgement',
  },
  accept: { ar: 'القبول', fr: 'acceptation', zgh: 'ⴰⵇⴱⴰⵍ', en: 'acceptance' },
};

interface TemplateDefinition {
  readonly audience: 'staff' | 'survivor';
  /** The parameters, strict: an unknown one is refused (a name cannot ride along). */
  readonly params: z.ZodObject<Record<string, z.ZodType<string>>, z.core.$strict>;
  readonly subject: Localized;
  readonly text: Localized;
}

export const TEMPLATES: Readonly<Record<NotificationTemplate, TemplateDefinition>> = {
  'referral.received': {
    audience: 'staff',
    params: z.strictObject({ reference, urgency, dueAt: time }),
    subject: {
      ar: 'سند: إحالة جديدة {reference}',
      fr: 'Sanad : nouvelle orientation {reference}',
      zgh: 'ⵙⴰⵏⴰⴷ: ⴰⵙⵎⵓⴷⴷⵓ ⴰⵎⴰⵢⵏⵓ {reference}',
      en: 'Sanad: new referral {reference}',
    },
    text: {
      ar: 'سند: إحالة جديدة {reference} ({urgency}) إلى مؤسستكم. يرجى تأكيد التوصل بها قبل {dueAt} عبر منصة سند.',
      fr: 'Sanad : nouvelle orientation {reference} ({urgency}) pour votre institution. Merci d’en accuser réception avant le {dueAt} dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⴰⵙⵎⵓⴷⴷⵓ ⴰⵎⴰⵢⵏⵓ {reference} ({urgency}) ⵉ ⵜⵎⵙⵙⵓⵔⵜ ⵏⵏⵓⵏ. ⵙⵙⵏⵜⵎ ⵉⵙ ⵜⵓⵎⵥⵎ ⵜ ⵇⴱⵍ {dueAt} ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: new referral {reference} ({urgency}) for your institution. Please acknowledge it before {dueAt} in the Sanad console.',
    },
  },
  'referral.overdue_manager': {
    audience: 'staff',
    params: z.strictObject({ reference, stage }),
    subject: {
      ar: 'سند: الإحالة {reference} متأخرة',
      fr: 'Sanad : orientation {reference} en retard',
      zgh: 'ⵙⴰⵏⴰⴷ: ⴰⵙⵎⵓⴷⴷⵓ {reference} ⵢⵄⴷⴰ ⴰⴽⵓⴷ ⵏⵏⵙ',
      en: 'Sanad: referral {reference} overdue',
    },
    text: {
      ar: 'سند: الإحالة {reference} الموجهة إلى مؤسستكم متأخرة ({stage}). يرجى معالجتها عبر منصة سند.',
      fr: 'Sanad : l’orientation {reference} adressée à votre institution est en retard ({stage}). Merci de la traiter dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⴰⵙⵎⵓⴷⴷⵓ {reference} ⵉ ⵜⵎⵙⵙⵓⵔⵜ ⵏⵏⵓⵏ ⵢⵄⴷⴰ ⴰⴽⵓⴷ ⵏⵏⵙ ({stage}). ⵙⵡⵓⵔⵉⵎ ⴼⵍⵍⴰⵙ ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: referral {reference} addressed to your institution is overdue ({stage}). Please see to it in the Sanad console.',
    },
  },
  'referral.overdue_supervisor': {
    audience: 'staff',
    params: z.strictObject({ reference, institution }),
    subject: {
      ar: 'سند: لا رد على الإحالة {reference}',
      fr: 'Sanad : pas de réponse sur l’orientation {reference}',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵓⵔ ⵉⵍⵍⵉ ⵓⵔⴰⵔ ⵅⴼ ⵓⵙⵎⵓⴷⴷⵓ {reference}',
      en: 'Sanad: no answer on referral {reference}',
    },
    text: {
      ar: 'سند: لا رد بعد من {institution} على الإحالة {reference} رغم تنبيه مسؤولها. يرجى تحديد الخطوة التالية عبر منصة سند.',
      fr: 'Sanad : toujours pas de réponse de {institution} sur l’orientation {reference}, malgré l’alerte à son responsable. Merci de décider de la suite dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵓⵔ ⴷ ⵢⵓⵍⵙ {institution} ⵅⴼ ⵓⵙⵎⵓⴷⴷⵓ {reference}. ⵙⵜⴰⵢⵜⵎ ⵜⴰⵙⵓⵔⵉⴼⵜ ⵜⴰⴹⴼⴰⵕⵜ ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: still no answer from {institution} on referral {reference} after its manager was alerted. Please choose the next step in the Sanad console.',
    },
  },
  'referral.override': {
    audience: 'staff',
    params: z.strictObject({ reference }),
    subject: {
      ar: 'سند: إحالة {reference} دون موافقة',
      fr: 'Sanad : orientation {reference} sans consentement',
      zgh: 'ⵙⴰⵏⴰⴷ: ⴰⵙⵎⵓⴷⴷⵓ {reference} ⴱⵍⴰ ⴰⵎⵓⵏ',
      en: 'Sanad: referral {reference} sent without consent',
    },
    text: {
      ar: 'سند: أُرسلت الإحالة {reference} دون موافقتها بموجب استثناء الطوارئ. يرجى مراجعة السبب عبر منصة سند.',
      fr: 'Sanad : l’orientation {reference} a été envoyée sans son consentement, au titre de l’urgence. Merci d’en vérifier le motif dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵢⵜⵜⵓⵣⵏ ⵓⵙⵎⵓⴷⴷⵓ {reference} ⴱⵍⴰ ⴰⵎⵓⵏ ⵏⵏⵙ ⵙ ⵓⵙⵙⵓⴼⵖ ⵏ ⵓⵣⵔⴰⴱ. ⵥⵕⵜ ⵜⴰⵎⵏⵜⵉⵍⵜ ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: referral {reference} was sent without her consent under the emergency override. Please review the reason in the Sanad console.',
    },
  },
  'referral.declined': {
    audience: 'staff',
    params: z.strictObject({ reference }),
    subject: {
      ar: 'سند: رُفضت الإحالة {reference}',
      fr: 'Sanad : orientation {reference} refusée',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵢⵜⵜⵓⴳⴷⵍ ⵓⵙⵎⵓⴷⴷⵓ {reference}',
      en: 'Sanad: referral {reference} declined',
    },
    text: {
      ar: 'سند: رُفضت الإحالة {reference}. السبب والاقتراح الموالي متاحان عبر منصة سند.',
      fr: 'Sanad : l’orientation {reference} a été refusée. Le motif et la prochaine proposition sont dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵢⵜⵜⵓⴳⴷⵍ ⵓⵙⵎⵓⴷⴷⵓ {reference}. ⵜⴰⵎⵏⵜⵉⵍⵜ ⴷ ⵓⵙⵓⵎⵔ ⴰⴹⴼⴰⵕ ⵍⵍⴰⵏ ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: referral {reference} was declined. The reason and the next proposal are in the Sanad console.',
    },
  },
  'referral.completed': {
    audience: 'staff',
    params: z.strictObject({ reference }),
    subject: {
      ar: 'سند: اكتملت الإحالة {reference}',
      fr: 'Sanad : orientation {reference} terminée',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵉⴽⵎⵍ ⵓⵙⵎⵓⴷⴷⵓ {reference}',
      en: 'Sanad: referral {reference} completed',
    },
    text: {
      ar: 'سند: اكتملت الإحالة {reference}. ملاحظة الختام متاحة عبر منصة سند.',
      fr: 'Sanad : l’orientation {reference} est terminée. La note de retour est dans la console Sanad.',
      zgh: 'ⵙⴰⵏⴰⴷ: ⵉⴽⵎⵍ ⵓⵙⵎⵓⴷⴷⵓ {reference}. ⵜⴰⵏⵓⵜⵉ ⵏ ⵜⵉⴳⵉⵔⴰ ⵍⵍⴰⵏⵜ ⴳ ⵙⴰⵏⴰⴷ.',
      en: 'Sanad: referral {reference} was completed. The note back is in the Sanad console.',
    },
  },
  'survivor.update': {
    audience: 'survivor',
    params: z.strictObject({}),
    subject: {
      ar: 'تحديث جديد',
      fr: 'Nouvelle mise à jour',
      zgh: 'ⴰⵙⵎⴰⵢⵏⵓ ⴰⵎⴰⵢⵏⵓ',
      en: 'New update',
    },
    text: {
      ar: 'لديك تحديث جديد. افتحي التطبيق للاطلاع عليه.',
      fr: 'Vous avez une nouvelle mise à jour. Ouvrez l’application pour la voir.',
      zgh: 'ⵖⵓⵔⵎ ⴰⵙⵎⴰⵢⵏⵓ ⴰⵎⴰⵢⵏⵓ. ⵕⵥⵎ ⵜⴰⵙⵏⵙⵉⵍⵜ ⴰⴷ ⵜ ⵜⵥⵕⴷ.',
      en: 'You have a new update. Open the app to see it.',
    },
  },
};

/** Templates whose Tamazight text awaits a native speaker's review: all of them. */
export const TEMPLATES_UNVERIFIED_ZGH: ReadonlySet<NotificationTemplate> = new Set(
  NOTIFICATION_TEMPLATES,
);

/** Parameters a template does not accept, or values of the wrong shape (a caller's bug). */
export class TemplateParamsError extends Error {
  override name = 'TemplateParamsError';
  constructor(template: NotificationTemplate, issues: readonly string[]) {
    // Issue paths and messages only: zod's messages never quote the value.
    super(`notification ${template} has bad parameters: ${issues.join('; ')}`);
  }
}

export interface RenderedNotification {
  readonly subject: string;
  readonly text: string;
}

/**
 * Deadlines are shown in Morocco's time, as digits every language reads alike
 * (`2026-11-24 14:30`), so a manager in Oujda and a phone set to another zone agree.
 */
export function formatTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** A parameter's value as the reader sees it: codes become words in her language. */
function display(name: string, value: string, locale: Locale): string {
  if (name === 'urgency') {
    const code = urgency.safeParse(value);
    if (code.success) return urgencyLevels.labels[code.data][locale];
  }
  if (name === 'stage') {
    const code = stage.safeParse(value);
    if (code.success) return STAGE_LABELS[code.data][locale];
  }
  if (name === 'dueAt') return formatTime(value);
  return value;
}

/** Checks a template's parameters; throws `TemplateParamsError` naming the bad ones. */
export function checkParams(
  template: NotificationTemplate,
  params: Readonly<Record<string, string | number>>,
): Record<string, string> {
  const parsed = TEMPLATES[template].params.safeParse(params);
  if (!parsed.success) {
    throw new TemplateParamsError(
      template,
      parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.join(', ')}`
          : `${issue.path.join('.')} ${issue.message}`,
      ),
    );
  }
  return parsed.data;
}

/** The subject and text of a message in the recipient's language. */
export function renderNotification(
  template: NotificationTemplate,
  locale: Locale,
  params: Readonly<Record<string, string | number>>,
): RenderedNotification {
  const values = checkParams(template, params);
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = values[name];
      if (value === undefined) throw new TemplateParamsError(template, [`${name} missing`]);
      return display(name, value, locale);
    });
  const definition = TEMPLATES[template];
  return { subject: fill(definition.subject[locale]), text: fill(definition.text[locale]) };
}
