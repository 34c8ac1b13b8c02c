import type { InstitutionImport } from '../../api/admin.ts';
import { useConsole } from '../../context.ts';
import { progressPercent, rowProblemInWords } from './import-report.ts';

interface Props {
  readonly report: InstitutionImport;
}

/** An import's progress while it runs, then what was added, updated and left out, row by row. */
export function ImportReport({ report }: Props) {
  const { t } = useConsole();
  const finished = report.state === 'done' || report.state === 'failed';
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
        <ul class={`alert ${report.errors.length > 0 ? 'alert--warning' : 'alert--success'}`}>
          <li>{t.importAdded(report.imported)}</li>
          <li>{t.importUpdated(report.updated)}</li>
          <li>{t.importRefused(new Set(report.errors.map((e) => e.row)).size)}</li>
        </ul>
      )}
      {report.errors.length > 0 && (
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
                {report.errors.map((error) => {
                  const words = rowProblemInWords(error, t);
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
