import { useEffect, useRef, useState } from 'preact/hooks';
import { loadCase } from '../../api/cases.ts';
import type { CaseView } from '../../api/case-types.ts';
import { isStaleVersion } from '../../api/conflicts.ts';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';

/** How a write ended: saved (the page shows the new file), refused, or overtaken by another. */
export type SaveOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'refused'; readonly problem: FormProblem };

/** A write to the case: gets the version she was looking at, answers the new CaseView. */
export type CaseWrite = (version: number) => Promise<CaseView>;

export interface CaseFile {
  readonly view: CaseView | undefined;
  /** Loading failed before anything could be shown. */
  readonly loadProblem: FormProblem | undefined;
  /** Someone else changed the case while she was typing: the newer file is being shown. */
  readonly stale: boolean;
  readonly notice: string;
  /** Reads the file again in the background: forms keep what was typed. */
  readonly refresh: () => void;
  readonly save: (write: CaseWrite, success: string) => Promise<SaveOutcome>;
  readonly dismissStale: () => void;
}

/**
 * One case file, kept on screen while it is read again (after a change elsewhere, or a refused
 * stale write), so the forms below never lose what the listener typed.
 */
export function useCaseFile(caseId: string): CaseFile {
  const { api, locale, t } = useConsole();
  const [view, setView] = useState<CaseView>();
  const [loadProblem, setLoadProblem] = useState<FormProblem>();
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState('');
  const latest = useRef<CaseView | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);

  const show = (next: CaseView) => {
    latest.current = next;
    setView(next);
  };

  const refresh = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    loadCase(api, caseId, current.signal).then(
      (next) => {
        show(next);
        setLoadProblem(undefined);
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        // A failed background read keeps the file shown; only a first read shows the failure.
        if (!latest.current) setLoadProblem(problemOf(error, t));
      },
    );
  };

  useEffect(() => {
    latest.current = undefined;
    setView(undefined);
    setStale(false);
    setNotice('');
    refresh();
    return () => controller.current?.abort();
  }, [caseId]);

  // A notice was written in the language of the moment it was shown.
  useEffect(() => {
    setNotice('');
  }, [locale]);

  const save = async (write: CaseWrite, success: string): Promise<SaveOutcome> => {
    const current = latest.current;
    if (!current) return { kind: 'stale' };
    setNotice('');
    try {
      show(await write(current.version));
      setStale(false);
      setNotice(success);
      return { kind: 'saved' };
    } catch (error) {
      if (isStaleVersion(error)) {
        setStale(true);
        refresh();
        return { kind: 'stale' };
      }
      return { kind: 'refused', problem: problemOf(error, t) };
    }
  };

  return {
    view,
    loadProblem,
    stale,
    notice,
    refresh,
    save,
    dismissStale: () => {
      setStale(false);
    },
  };
}
