import type { Locale } from '../locale.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { FlowMessages } from './types.ts';
import { zgh } from './zgh.ts';

export type { Consent, FlowMessages } from './types.ts';

export const flowMessages: Readonly<Record<Locale, FlowMessages>> = { ar, fr, zgh, en };

export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
