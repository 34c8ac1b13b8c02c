import { getInstitutionImport, startInstitutionImport } from '../../api/admin.ts';
import { CsvImportDialog } from '../../components/csv-import/import-dialog.tsx';
import { useConsole } from '../../context.ts';
import { ImportColumnsHelp } from './import-columns-help.tsx';
import { LAST_IMPORT_KEY } from './import-polling.ts';
import { directoryWords } from './import-report.ts';

interface Props {
  readonly onClose: () => void;
  /** Called once an import has finished, so the page reloads the institutions. */
  readonly onImported: () => void;
  /** Called with an import's id as soon as the server has accepted the file. */
  readonly onStarted?: (id: string) => void;
  /** An import started earlier (the dialog was closed): show its report, following it. */
  readonly resumeId?: string | undefined;
}

/** Import institutions from a CSV file (see `CsvImportDialog`). */
export function ImportDialog(props: Props) {
  const { api, locale, t } = useConsole();
  return (
    <CsvImportDialog
      {...props}
      texts={{
        title: t.importTitle,
        intro: t.importIntro,
        continues: t.importContinues,
        added: t.importAdded,
        updated: t.importUpdated,
      }}
      help={<ImportColumnsHelp />}
      describe={(error) => directoryWords(error, t)}
      start={(text) => startInstitutionImport(api, text, locale)}
      read={(id, signal) => getInstitutionImport(api, id, signal)}
      storageKey={LAST_IMPORT_KEY}
    />
  );
}
