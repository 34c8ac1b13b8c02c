import { ApiError } from '../../api/client.ts';

// Following an import the server writes in the background: when to ask again, what to do when
// a read fails, and which import to offer again after the dialog was closed.

/** How often a running import is asked for its progress. */
export const POLL_MS = 1_000;
/** The longest wait between two reads after failures. */
export const MAX_POLL_MS = 30_000;

/** The wait before the next read: steady while reads succeed, doubling after each failure. */
export function nextPollDelay(failures: number): number {
  return Math.min(MAX_POLL_MS, POLL_MS * 2 ** Math.max(0, failures));
}

/**
 * A failed read worth repeating: the server could not be reached, was busy (429) or failed
 * (5xx). Anything else (the import is not found, the session ended) will not get better.
 */
export function isPassingFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.code === 'network_error' ||
    error.code === 'unexpected_response' ||
    error.status === 429 ||
    error.status >= 500
  );
}

/** The tab's session storage, or none (a browser that refuses it, or no browser at all). */
function tabStorage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the import just started under a catalogue's key, for this tab only (an id, nothing
 * from the file), so its report can be opened again after the dialog was closed.
 */
export function rememberImport(
  key: string,
  id: string,
  storage: Pick<Storage, 'setItem'> | undefined = tabStorage(),
): void {
  try {
    storage?.setItem(key, id);
  } catch {
    // Storage full or refused: the report simply cannot be reopened after closing.
  }
}

/** The last import started in this tab under a catalogue's key, if any. */
export function rememberedImport(
  key: string,
  storage: Pick<Storage, 'getItem'> | undefined = tabStorage(),
): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
