import { useEffect, useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { isPassingFailure, nextPollDelay } from './polling.ts';
import type { CsvImport } from './upload.ts';

/**
 * Follows one import until it has finished: reads its progress steadily, backs off after a
 * failed read and tries again, and stops on a refusal that will not get better (the problem is
 * then given). `follow` starts on a new import, with its first answer when there is one.
 */
export function useImportProgress(
  read: (id: string, signal: AbortSignal) => Promise<CsvImport>,
  resumeId: string | undefined,
) {
  const { t } = useConsole();
  const [importId, setImportId] = useState(resumeId);
  const [current, setCurrent] = useState<CsvImport>();
  const [failures, setFailures] = useState(0);
  const [stopped, setStopped] = useState<FormProblem>();
  const finished = current?.state === 'done' || current?.state === 'failed';

  useEffect(() => {
    if (importId === undefined || finished || stopped) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        read(importId, controller.signal).then(
          (next) => {
            setFailures(0);
            setCurrent(next);
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            if (isPassingFailure(error)) setFailures((n) => n + 1);
            else setStopped(problemOf(error, t));
          },
        );
      },
      // The first read of a reopened report at once; then steadily, or backing off.
      current === undefined && failures === 0 ? 0 : nextPollDelay(failures),
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [importId, current, failures, stopped]);

  return {
    importId,
    current,
    finished,
    /** Reads are failing for now; they go on. */
    retrying: importId !== undefined && failures > 0 && !finished,
    /** Why following stopped, if it did. */
    stopped,
    follow(started: CsvImport | undefined, id: string | undefined) {
      setFailures(0);
      setStopped(undefined);
      setImportId(id);
      setCurrent(started);
    },
  };
}
