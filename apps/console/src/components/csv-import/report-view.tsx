import { useEffect, useRef } from 'preact/hooks';
import { useConsole } from '../../context.ts';
import { progressPercent, rowProblemInWords, type SpecificWords } from './report-words.ts';
import type { CsvImport } from './upload.ts';

interface Props {
  readonly report: CsvImport;
  /** What the finished import added and updated, in the catalogue's words. */
  readonly added: (count: number) => string;
  readonly updated: (count: number) => string;
  readonly describe?: SpecificWords | undefined;
  /** Move focus to the progress bar when the report appears (the control used is gone). */
  readonly focusOnShow?: boolean;
}

/**
 * An import's progress while it runs, then what was added, updated and left out, row by row
 * (the server sends the refused rows once the import has finished).
 */
export function ImportReport({ report, added, updated, describe, focusOnShow = false }: Props) {
  const { t } = useConsole();
  const progressRef = useRef<HTMLProgressElement>(null);
  useEffect(() => {
    if (focusOnShow) progressRef.current?.focus();
    // Once, when the report appears.
  }, []);
  const finished = report.state === 'done' || report.state === 'failed';
  const errors = finished ? (report.errors ?? []) : [];
  const state =
    report.state === 'pending'
      ? t.importQueued
      : report.state === 'running'
        ? t.importRunning
        : report.state === 'done'
          ? t.importDone
          : t.importFailed;
  return (
    <div class="stack">
      <div class="field">
        <label for={`progress-${report.id}`}>{t.importProgressLabel}</label>
        <progress
          ref={progressRef}
          tabIndex={-1}
          id={`progress-${report.id}`}
          max={100}
          value={progressPercent(report.processed, report.total)}
          aria-valuetext={t.importProgress(report.processed, report.total)}
        />
        <p class="field__hint" aria-live="polite">
          {t.importProgress(report.processed, report.total)} — {state}
        </p>
      </div>
      {report.state === 'failed' && (
        <p class="alert alert--error" role="alert">
          {t.importFailed}
        </p>
      )}
      {finished && (
        <ul class={`alert ${errors.length > 0 ? 'alert--warning' : 'alert--success'}`}>
          <li>{added(report.imported)}</li>
          <li>{updated(report.updated)}</li>
          <li>{t.importRefused(new Set(errors.map((e) => e.row)).size)}</li>
        </ul>
      )}
      {errors.length > 0 && (
        <section class="stack" aria-labelledby={`errors-${report.id}`}>
          <h3 id={`errors-${report.id}`}>{t.importErrorsTitle}</h3>
          <p class="field__hint">{t.importErrorsHint}</p>
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t.importColRow}</th>
                  <th scope="col">{t.importColColumn}</th>
                  <th scope="col">{t.importColProblem}</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((error) => {
                  const words = rowProblemInWords(error, t, describe);
                  return (
                    <tr key={`${String(error.row)}:${error.field}`}>
                      <th scope="row">{error.row}</th>
                      <td>
                        {error.field === '*' ? (
                          t.importWholeRow
                        ) : (
                          <code dir="ltr">{error.field}</code>
                        )}
                      </td>
                      <td>
                        {words.text}
                        {words.example !== undefined && (
                          <>
                            {' '}
                            <code dir="ltr">{words.example}</code>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
