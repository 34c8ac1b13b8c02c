import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CaseView } from '../../api/case-types.ts';
import type { Me } from '../../api/types.ts';
import type { CaseWrite, SaveOutcome } from './use-case-file.ts';

/** What every section of a case page needs: the file, who is looking, and how to change it. */
export interface CaseFileContextValue {
  readonly view: CaseView;
  readonly me: Me;
  readonly save: (write: CaseWrite, success: string) => Promise<SaveOutcome>;
  readonly refresh: () => void;
}

export const CaseFileContext = createContext<CaseFileContextValue | null>(null);

export function useCaseFileContext(): CaseFileContextValue {
  const value = useContext(CaseFileContext);
  if (!value) throw new Error('useCaseFileContext() outside a case page');
  return value;
}
