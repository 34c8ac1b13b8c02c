import type {
  Answer3,
  CallWindow,
  ContactBody,
  ContactMethod,
  ReportBody,
  SupportBody,
} from '../api/types.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * What she has entered in each form, exactly as the screens hold it (empty strings for "not
 * answered"), and the pure functions that turn it into the request the server expects: only
 * answered questions are sent, text is trimmed, and her location only with its own consent.
 */

export interface Position {
  readonly latitude: number;
  readonly longitude: number;
  readonly accuracyMeters?: number;
}

export interface ContactAnswers {
  readonly phone: string;
  readonly method: ContactMethod | '';
  readonly window: CallWindow | '';
  readonly codeWord: string;
}

export interface UrgentAnswers {
  /** Set only when she ticked "share my location" and the browser gave a position. */
  readonly position: Position | null;
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly phone: string;
  readonly window: CallWindow | '';
}

export interface ReportAnswers {
  readonly reporter: 'self' | 'relative' | 'witness' | '';
  readonly harms: readonly string[];
  readonly when: string;
  readonly perpetrator: string;
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly areaType: 'urban' | 'rural' | '';
  readonly safeNow: 'yes' | 'no' | 'unsure' | '';
  readonly risk: Readonly<Record<string, Answer3>>;
  readonly narrative: string;
  readonly contact: ContactAnswers;
  readonly consents: Consents;
}

export interface SupportAnswers {
  readonly seeking: readonly string[];
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly ageBand: string;
  readonly schooling: string;
  readonly skills: string;
  readonly childcare: boolean;
  readonly mobility: boolean;
  readonly contact: ContactAnswers;
  readonly consents: Consents;
}

export interface Consents {
  readonly care: boolean;
  readonly sharing: boolean;
  readonly statistics: boolean;
}

const NO_CONTACT: ContactAnswers = { phone: '', method: '', window: '', codeWord: '' };
const NO_CONSENT: Consents = { care: false, sharing: false, statistics: false };

export const EMPTY_URGENT: UrgentAnswers = {
  position: null,
  regionCode: '',
  provinceCode: '',
  phone: '',
  window: '',
};

export const EMPTY_REPORT: ReportAnswers = {
  reporter: '',
  harms: [],
  when: '',
  perpetrator: '',
  regionCode: '',
  provinceCode: '',
  areaType: '',
  safeNow: '',
  risk: {},
  narrative: '',
  contact: NO_CONTACT,
  consents: NO_CONSENT,
};

export const EMPTY_SUPPORT: SupportAnswers = {
  seeking: [],
  regionCode: '',
  provinceCode: '',
  ageBand: '',
  schooling: '',
  skills: '',
  childcare: false,
  mobility: false,
  contact: NO_CONTACT,
  consents: NO_CONSENT,
};

/** Keeps the digits and a leading +: people type spaces, dots and dashes in phone numbers. */
export function cleanPhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return digits === '' ? '' : `${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** Copies `value` under `key` only when it is a non-empty string. */
function given<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const text = value.trim();
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
}

function contactBody(contact: ContactAnswers, withCodeWord: boolean): ContactBody | undefined {
  // "Do not contact me": nothing else about contact is sent, even if typed before.
  if (contact.method === 'none') return { method: 'none' };
  const body: ContactBody = {
    ...given('phone', cleanPhone(contact.phone)),
    ...(contact.method ? { method: contact.method } : {}),
    ...(contact.window ? { window: contact.window } : {}),
    ...(withCodeWord ? given('codeWord', contact.codeWord) : {}),
  };
  return Object.keys(body).length === 0 ? undefined : body;
}

/** "I am in danger now": everything is optional; sending is itself the request for care. */
export function urgentBody(answers: UrgentAnswers, language: Locale): ReportBody {
  const contact = contactBody(
    { ...NO_CONTACT, phone: answers.phone, window: answers.window },
    false,
  );
  const { position } = answers;
  return {
    kind: 'urgent',
    language,
    reporter: 'self',
    ...(position
      ? {
          location: {
            latitude: position.latitude,
            longitude: position.longitude,
            ...(position.accuracyMeters === undefined
              ? {}
              : { accuracyMeters: Math.round(position.accuracyMeters) }),
          },
        }
      : given('provinceCode', answers.provinceCode)),
    ...(contact ? { contact } : {}),
    consents: { care: true, sharing: false, statistics: false, location: position !== null },
  };
}

export function reportBody(answers: ReportAnswers, language: Locale): ReportBody {
  const contact = contactBody(answers.contact, true);
  const risk = Object.entries(answers.risk);
  return {
    kind: 'violence',
    language,
    ...(answers.reporter ? { reporter: answers.reporter } : {}),
    ...given('provinceCode', answers.provinceCode),
    ...(answers.areaType ? { areaType: answers.areaType } : {}),
    ...(answers.safeNow ? { safeNow: answers.safeNow } : {}),
    ...(answers.harms.length > 0 ? { harms: [...answers.harms] } : {}),
    ...given('when', answers.when),
    ...given('perpetrator', answers.perpetrator),
    ...(risk.length > 0 ? { risk: Object.fromEntries(risk) } : {}),
    ...given('narrative', answers.narrative),
    ...(contact ? { contact } : {}),
    consents: { ...answers.consents, location: false },
  };
}

export function supportBody(answers: SupportAnswers, language: Locale): SupportBody {
  const contact = contactBody(answers.contact, false);
  const constraints = {
    ...(answers.childcare ? { childcare: true } : {}),
    ...(answers.mobility ? { mobility: true } : {}),
  };
  return {
    language,
    seeking: [...answers.seeking],
    provinceCode: answers.provinceCode,
    ageBand: answers.ageBand,
    ...given('schooling', answers.schooling),
    ...given('skills', answers.skills),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(contact ? { contact } : {}),
    consents: { ...answers.consents },
  };
}

/** Server field names (`contact.phone`, `harms.0`) → their messages, first one per field. */
export function fieldMessages(
  fields: readonly { readonly field: string; readonly message: string }[] | undefined,
): Readonly<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const { field, message } of fields ?? []) {
    const name = field.replace(/\.\d+$/, '');
    found[name] ??= message;
  }
  return found;
}
