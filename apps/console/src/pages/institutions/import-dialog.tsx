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
import { CSV_UTF8, csvTextOf } from './csv-text.ts';
import { ImportColumnsHelp } from './import-columns-help.tsx';
import { isPassingFailure, nextPollDelay, rememberLastImport } from './import-polling.ts';
import { ImportReport } from './import-report-view.tsx';
import { headerProblemsInWords } from './import-report.ts';

interface Props {
  readonly onClose: () => void;
  /** Called once an import has finished, so the page reloads the institutions. */
  readonly onImported: () => void;
  /** Called with an import's id as soon as the server has accepted the file. */
  readonly onStarted?: (id: string) => void;
  /** An import started earlier (the dialog was closed): show its report, following it. */
  readonly resumeId?: string | undefined;
}

/**
 * Import institutions from a CSV file: choose it, send it, follow the progress as the server
 * writes it chunk by chunk, then read the rows left out, each with its row, column and problem.
 * A read that fails is tried again, waiting longer each time; closing the dialog does not stop
 * the import, and the page offers its report again.
 */
export function ImportDialog({ onClose, onImported, onStarted, resumeId }: Props) {
  const { api, locale, t } = useConsole();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [encoding, setEncoding] = useState<'encoding' | 'damaged'>();
  const [headerProblems, setHeaderProblems] = useState<string[]>([]);
  const [importId, setImportId] = useState(resumeId);
  const [current, setCurrent] = useState<InstitutionImport>();
  const [failures, setFailures] = useState(0);
  const [stopped, setStopped] = useState(false);
  const [justSent, setJustSent] = useState(false);

  const finished = current?.state === 'done' || current?.state === 'failed';
  useEffect(() => {
    if (finished) onImported();
  }, [finished]);

  useEffect(() => {
    if (importId === undefined || finished || stopped) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        getInstitutionImport(api, importId, controller.signal).then(
          (next) => {
            setFailures(0);
            setCurrent(next);
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            if (isPassingFailure(error)) {
              setFailures((n) => n + 1);
            } else {
              setStopped(true);
              setProblem(problemOf(error, t));
            }
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

  const upload = async () => {
    setProblem(undefined);
    setEncoding(undefined);
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
      const read = csvTextOf(await file.arrayBuffer());
      if (!read.ok) {
        setEncoding(read.reason);
        return;
      }
      const started = await startInstitutionImport(api, read.text, locale);
      rememberLastImport(started.id);
      onStarted?.(started.id);
      setJustSent(true);
      setFailures(0);
      setStopped(false);
      setImportId(started.id);
      setCurrent(started);
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
    setImportId(undefined);
    setCurrent(undefined);
    setFile(undefined);
    setProblem(undefined);
    setJustSent(false);
  };

  return (
    <Dialog wide title={t.importTitle} onClose={onClose}>
      <div class="stack">
        <FormAlert problem={problem} />
        {encoding !== undefined && (
          <p class="alert alert--error" role="alert">
            {encoding === 'encoding' ? (
              <>
                {t.importNotUtf8} <code dir="ltr">{CSV_UTF8}</code>
              </>
            ) : (
              t.importDamagedLetters
            )}
          </p>
        )}
        {headerProblems.length > 0 && (
          <ul class="alert alert--error">
            {headerProblems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        {importId !== undefined && failures > 0 && !finished && (
          <p class="notice" role="status">
            {t.importPollRetrying}
          </p>
        )}
        {importId === undefined ? (
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
        ) : current === undefined ? (
          !stopped && (
            <p class="loading" role="status">
              {t.loading}
            </p>
          )
        ) : (
          <>
            {/* The form and its button are gone: focus moves to the progress it gave way to. */}
            <ImportReport report={current} focusOnShow={justSent} />
            {!finished && <p class="field__hint">{t.importContinues}</p>}
            <div class="actions">
              {finished && (
                <button type="button" class="button button--secondary" onClick={startOver}>
                  {t.importAnother}
                </button>
              )}
              <button type="button" class="button" onClick={onClose}>
                {t.close}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
