import { useEffect, useRef, useState } from 'preact/hooks';
import type { EarlierContact } from '../../api/call-types.ts';
import { lookUpEarlierContacts } from '../../api/calls.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';

/** Enough digits to be a Moroccan number worth looking up (06…, 05…, +212…). */
export const LOOKUP_MIN_DIGITS = 8;

export const digitsOf = (phone: string): string => phone.replace(/\D/g, '');

export type Lookup =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'done'; readonly phone: string; readonly earlier: readonly EarlierContact[] }
  | { readonly kind: 'failed'; readonly problem: FormProblem };

/**
 * Earlier contacts of the number being typed: looked up once it has 8 digits (after a short
 * pause) and again when the field is left, never twice for the same digits.
 */
export function usePhoneLookup(phone: string): {
  readonly lookup: Lookup;
  readonly now: () => void;
} {
  const { api, t } = useConsole();
  const [lookup, setLookup] = useState<Lookup>({ kind: 'idle' });
  const looked = useRef('');
  const controller = useRef<AbortController | undefined>(undefined);

  const run = () => {
    const digits = digitsOf(phone);
    if (digits.length < LOOKUP_MIN_DIGITS) {
      looked.current = '';
      controller.current?.abort();
      setLookup({ kind: 'idle' });
      return;
    }
    if (digits === looked.current) return;
    looked.current = digits;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setLookup({ kind: 'loading' });
    lookUpEarlierContacts(api, phone, current.signal).then(
      (earlier) => {
        setLookup({ kind: 'done', phone, earlier });
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        looked.current = '';
        setLookup({ kind: 'failed', problem: problemOf(error, t) });
      },
    );
  };

  useEffect(() => {
    const timer = window.setTimeout(run, 500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [phone]);
  useEffect(() => () => controller.current?.abort(), []);

  return { lookup, now: run };
}
