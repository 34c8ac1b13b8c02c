import { useEffect, useId, useState } from 'preact/hooks';
import {
  getInstitutionImport,
  IMPORT_MAX_BYTES,
  startInstitutionImport,
  type InstitutionImport,
} from '../../api/admin.ts';
import { ApiError } from '../../api/client.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { ImportColumnsHelp } from './import-columns-help.tsx';
import { ImportReport } from './import-report-view.tsx';
import { headerProblemsInWords } from './import-report.ts';

/** How often a running import is asked for its progress. */
const POLL_MS = 1_000;

interface Props {
  readonly onClose: () => void;
  /** Called once an import has finished, so the page reloads the institutions. */
  readonly onImported: () => void;
}

/**
 * Import institutions from a CSV file: choose it, send it, follow the progress as the server
 * writes it chunk by chunk, then read the rows left out, each with its row, column and problem.
 */
export function ImportDialog({ onClose, onImported }: Props) {
  const { api, locale, t } = useConsole();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [headerProblems, setHeaderProblems] = useState<string[]>([]);
  const [current, setCurrent] = useState<InstitutionImport>();

  const finished = current?.state === 'done' || current?.state === 'failed';
  useEffect(() => {
    if (current === undefined || finished) {
      if (finished) onImported();
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getInstitutionImport(api, current.id, controller.signal).then(
        setCurrent,
        (error: unknown) => {
          if (!controller.signal.aborted) setProblem(problemOf(error, t));
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [current]);

  const upload = async () => {
    setProblem(undefined);
    setHeaderProblems([]);
    if (!file) {
      setProblem(localProblem(t.importChooseFile));
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setProblem(localProblem(t.importTooLarge));
      return;
    }
    setBusy(true);
    try {
      setCurrent(await startInstitutionImport(api, await file.text(), locale));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        setProblem(localProblem(t.importHeaderRefused));
        setHeaderProblems(headerProblemsInWords(error.fields, t));
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setCurrent(undefined);
    setFile(undefined);
    setProblem(undefined);
  };

  return (
    <Dialog wide title={t.importTitle} onClose={onClose}>
      <div class="stack">
        <FormAlert problem={problem} />
        {headerProblems.length > 0 && (
          <ul class="alert alert--error">
            {headerProblems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        {current === undefined ? (
          <form
            class="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) void upload();
            }}
          >
            <p>{t.importIntro}</p>
            <div class="field">
              <label for={fileId}>{t.importFile}</label>
              <p class="field__hint" id={`${fileId}-hint`}>
                {t.importFileHint}
              </p>
              <input
                id={fileId}
                type="file"
                name="file"
                accept=".csv,text/csv"
                aria-describedby={`${fileId}-hint`}
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0]);
                }}
              />
            </div>
            <ImportColumnsHelp />
            <div class="actions">
              <button type="button" class="button button--secondary" onClick={onClose}>
                {t.cancel}
              </button>
              <button type="submit" class="button" disabled={busy} aria-busy={busy}>
                {busy ? t.importSending : t.importSubmit}
              </button>
            </div>
          </form>
        ) : (
          <>
            <ImportReport report={current} />
            {finished && (
              <div class="actions">
                <button type="button" class="button button--secondary" onClick={startOver}>
                  {t.importAnother}
                </button>
                <button type="button" class="button" onClick={onClose}>
                  {t.close}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
