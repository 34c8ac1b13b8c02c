import { useConsole } from '../../context.ts';
import { formatDateTime } from '../../helpline-format.ts';

/** A moment, in the reader's language, machine-readable too. */
export function DateTime({ iso }: { readonly iso: string }) {
  const { locale } = useConsole();
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}
