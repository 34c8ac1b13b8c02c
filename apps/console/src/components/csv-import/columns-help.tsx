import { useConsole } from '../../context.ts';
import type { ColumnDoc } from './report-words.ts';

interface Props {
  readonly docs: readonly ColumnDoc[];
  /** What a left-out column does, and which columns are required, for this file. */
  readonly note: string;
}

/** A file's columns, what each holds, the codes it accepts and an example, folded by default. */
export function ColumnsHelp({ docs, note }: Props) {
  const { t } = useConsole();
  return (
    <details class="region-group">
      <summary>{t.importColumnsTitle}</summary>
      <p class="field__hint">{note}</p>
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
            {docs.map((doc) => (
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
