import { createHmac } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { getSystemKey } from './data-keys.ts';
import type { Keyring } from './keyring.ts';

/** Why a phone number was refused; callers map it to a field error. */
export type PhoneProblem = 'empty' | 'not_a_number' | 'short_code' | 'wrong_length';

export class InvalidPhoneError extends Error {
  override name = 'InvalidPhoneError';
  readonly problem: PhoneProblem;
  constructor(problem: PhoneProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** Separators people and phones put in numbers: spaces (incl. no-break), dots, dashes, brackets. */
const SEPARATORS = /[\s\u00a0\u202f.\-/()]/gu;

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits, as typed on Arabic keyboards. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) =>
    String((d.codePointAt(0) ?? 0) & 0x0f),
  );
}

/** A Moroccan national significant number (9 digits: 5 fixed, 6/7 mobile, 8 other) → E.164. */
function moroccan(nsn: string): string {
  // "+212 06…" is a common way of writing it: the trunk 0 does not belong after the country code.
  const digits = nsn.length === 10 && nsn.startsWith('0') ? nsn.slice(1) : nsn;
  if (!/^[5-8]\d{8}$/.test(digits)) {
    throw new InvalidPhoneError(
      'wrong_length',
      'A Moroccan number has 10 digits starting with 05, 06, 07 or 08 (e.g. 06 12 34 56 78).',
    );
  }
  return `+212${digits}`;
}

/**
 * One spelling per phone number, so the blind index matches however it was typed: Moroccan
 * numbers (`06 12 34 56 78`, `0612345678`, `+212612345678`, `00212 6…`, `212612345678`) all
 * become `+212612345678`; other numbers must carry their country code (`+33…`, `0033…`) and keep
 * their E.164 form. Short service numbers (8350, 19, 177, 15) are refused: they identify a
 * service, not a person, and would link every caller who dialled them.
 */
export function normalisePhone(phone: string): string {
  const text = westernDigits(phone.trim());
  if (text === '') throw new InvalidPhoneError('empty', 'The phone number is empty.');
  const international = text.startsWith('+');
  const digits = (international ? text.slice(1) : text).replace(SEPARATORS, '');
  if (!/^\d+$/.test(digits)) {
    throw new InvalidPhoneError(
      'not_a_number',
      'A phone number may only hold digits, spaces, dots, dashes and a leading +.',
    );
  }
  if (!international && !digits.startsWith('00') && digits.length <= 6) {
    throw new InvalidPhoneError(
      'short_code',
      `${digits} is a short service number (helpline, police, emergency), not a personal number.`,
    );
  }
  if (international || digits.startsWith('00')) {
    const e164 = international ? digits : digits.slice(2);
    if (e164.startsWith('212')) return moroccan(e164.slice(3));
    if (!/^[1-9]\d{7,14}$/.test(e164)) {
      throw new InvalidPhoneError(
        'wrong_length',
        'An international number is a country code and 8 to 15 digits in all (e.g. +33 6 12 34 56 78).',
      );
    }
    return `+${e164}`;
  }
  if (digits.length === 10 && digits.startsWith('0')) return moroccan(digits.slice(1));
  if (digits.length === 12 && digits.startsWith('212')) return moroccan(digits.slice(3));
  // The trunk 0 forgotten: nine digits are a Moroccan number and nothing else.
  if (digits.length === 9) return moroccan(digits);
  throw new InvalidPhoneError(
    'wrong_length',
    'Not a Moroccan number: write a foreign number with + and its country code.',
  );
}

/**
 * HMAC-SHA-256 of the canonical number under the platform's blind-index key. A phone number has
 * too little entropy for a plain hash (every Moroccan mobile can be hashed in minutes), so the
 * key — wrapped by the master key like any data key — is what keeps a stolen database from
 * answering "did this number call?". The `phone:` label keeps other future indexes apart.
 */
export async function phoneBlindIndex(db: Db, keyring: Keyring, phone: string): Promise<Buffer> {
  const canonical = normalisePhone(phone);
  const { key } = await getSystemKey(db, keyring, 'blind_index');
  try {
    return createHmac('sha256', key).update(`phone:${canonical}`, 'utf8').digest();
  } finally {
    key.fill(0);
  }
}
