import { ColumnsHelp } from '../../components/csv-import/columns-help.tsx';
import { CsvImportDialog } from '../../components/csv-import/import-dialog.tsx';
import { useConsole } from '../../context.ts';
import { readOpportunityImport, startOpportunityImport } from './api.ts';
import { catalogueWords, OPPORTUNITY_COLUMN_DOCS } from './import-columns.ts';

/** Where the last catalogue import's id is kept for this tab. */
export const LAST_OPPORTUNITY_IMPORT_KEY = 'sanad.console.lastOpportunityImport';

interface Props {
  readonly onClose: () => void;
  readonly onImported: () => void;
  readonly onStarted: (id: string) => void;
  readonly resumeId?: string | undefined;
}

/** Import opportunities from a CSV file (see `CsvImportDialog`). */
export function OpportunityImportDialog(props: Props) {
  const { api, locale, t } = useConsole();
  return (
    <CsvImportDialog
      {...props}
      texts={{
        title: t.oppImportTitle,
        intro: t.oppImportIntro,
        continues: t.oppImportContinues,
        added: t.oppImportAdded,
        updated: t.oppImportUpdated,
      }}
      help={<ColumnsHelp docs={OPPORTUNITY_COLUMN_DOCS} note={t.oppImportNote} />}
      describe={(error) => catalogueWords(error, t)}
      start={(text) => startOpportunityImport(api, text, locale)}
      read={(id, signal) => readOpportunityImport(api, id, signal)}
      storageKey={LAST_OPPORTUNITY_IMPORT_KEY}
    />
  );
}
