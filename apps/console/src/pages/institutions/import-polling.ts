import { rememberedImport, rememberImport } from '../../components/csv-import/polling.ts';

// Following a directory import: the shared pacing, and where this tab keeps its last import.

export {
  isPassingFailure,
  MAX_POLL_MS,
  nextPollDelay,
  POLL_MS,
} from '../../components/csv-import/polling.ts';

/** Where the last directory import's id is kept for this tab. */
export const LAST_IMPORT_KEY = 'sanad.console.lastInstitutionImport';

/** Remembers the directory import just started, for this tab only. */
export function rememberLastImport(id: string, storage?: Pick<Storage, 'setItem'>): void {
  rememberImport(LAST_IMPORT_KEY, id, storage);
}

/** The last directory import started in this tab, if any. */
export function lastImportId(storage?: Pick<Storage, 'getItem'>): string | undefined {
  return rememberedImport(LAST_IMPORT_KEY, storage);
}
