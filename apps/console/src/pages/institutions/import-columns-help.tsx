import { useConsole } from '../../context.ts';
import { IMPORT_COLUMN_DOCS } from './import-report.ts';

/** The file's columns, what each holds, the codes it accepts and an example, folded by default. */
export function ImportColumnsHelp() {
  const { t } = useConsole();
  return (
    <details class="region-group">
      <summary>{t.importColumnsTitle}</summary>
      <p class="field__hint">{t.importColumnsNote}</p>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.importColColumn}</th>
              <th scope="col">{t.importColMeaning}</th>
              <th scope="col">{t.importAccepted}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMN_DOCS.map((doc) => (
              <tr key={doc.columns.join(',')}>
                <th scope="row">
                  {doc.columns.map((column) => (
                    <code key={column} dir="ltr" class="cell-note">
                      {column}
                    </code>
                  ))}
                </th>
                <td>
                  {t[doc.meaning]}
                  {doc.required === true && <span class="muted"> ({t.importRequiredMark})</span>}
                </td>
                <td>
                  {doc.accepted !== undefined && <code dir="ltr">{doc.accepted.join(' ')}</code>}
                  {doc.example !== undefined && (
                    <>
                      {t.importExample}: <code dir="ltr">{doc.example}</code>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
