import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { Dialog } from '../ui/dialog.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { CSV_UTF8, csvTextOf } from './csv-text.ts';
import { rememberImport } from './polling.ts';
import { ImportReport } from './report-view.tsx';
import { headerProblemsInWords, type SpecificWords } from './report-words.ts';
import { IMPORT_MAX_BYTES, type CsvImport } from './upload.ts';
import { useImportProgress } from './use-import-progress.ts';

/** What a catalogue's import says in its own words. */
export interface CsvImportTexts {
  readonly title: string;
  readonly intro: string;
  /** Where its report can be opened again after the dialog is closed. */
  readonly continues: string;
  readonly added: (count: number) => string;
  readonly updated: (count: number) => string;
}

interface Props {
  readonly texts: CsvImportTexts;
  /** The columns' help, shown folded under the file field. */
  readonly help: ComponentChildren;
  readonly describe?: SpecificWords;
  readonly start: (text: string) => Promise<CsvImport>;
  readonly read: (id: string, signal: AbortSignal) => Promise<CsvImport>;
  /** Where this catalogue's last import is remembered for the tab. */
  readonly storageKey: string;
  readonly onClose: () => void;
  /** Called once an import has finished, so the page reloads its list. */
  readonly onImported: () => void;
  /** Called with an import's id as soon as the server has accepted the file. */
  readonly onStarted?: ((id: string) => void) | undefined;
  /** An import started earlier (the dialog was closed): show its report, following it. */
  readonly resumeId?: string | undefined;
}

/**
 * Import a catalogue from a CSV file: choose it, send it, follow the progress as the server
 * writes it chunk by chunk, then read the rows left out, each with its row, column and problem.
 * A read that fails is tried again, waiting longer each time; closing the dialog does not stop
 * the import, and the page offers its report again.
 */
export function CsvImportDialog(props: Props) {
  const { texts, onClose } = props;
  const { t } = useConsole();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [encoding, setEncoding] = useState<'encoding' | 'damaged'>();
  const [headerProblems, setHeaderProblems] = useState<string[]>([]);
  const [justSent, setJustSent] = useState(false);
  const progress = useImportProgress(props.read, props.resumeId);
  const { current, finished } = progress;

  useEffect(() => {
    if (finished) props.onImported();
  }, [finished]);

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
      const started = await props.start(read.text);
      rememberImport(props.storageKey, started.id);
      props.onStarted?.(started.id);
      setJustSent(true);
      progress.follow(started, started.id);
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
    progress.follow(undefined, undefined);
    setFile(undefined);
    setProblem(undefined);
    setJustSent(false);
  };

  return (
    <Dialog wide title={texts.title} onClose={onClose}>
      <div class="stack">
        <FormAlert problem={problem ?? progress.stopped} />
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
        {progress.retrying && (
          <p class="notice" role="status">
            {t.importPollRetrying}
          </p>
        )}
        {progress.importId === undefined ? (
          <form
            class="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) void upload();
            }}
          >
            <p>{texts.intro}</p>
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
            {props.help}
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
          progress.stopped === undefined && (
            <p class="loading" role="status">
              {t.loading}
            </p>
          )
        ) : (
          <>
            {/* The form and its button are gone: focus moves to the progress it gave way to. */}
            <ImportReport
              report={current}
              added={texts.added}
              updated={texts.updated}
              describe={props.describe}
              focusOnShow={justSent}
            />
            {!finished && <p class="field__hint">{texts.continues}</p>}
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
