import { ColumnsHelp } from '../../components/csv-import/columns-help.tsx';
import { useConsole } from '../../context.ts';
import { IMPORT_COLUMN_DOCS } from './import-report.ts';

/** The directory file's columns, folded by default. */
export function ImportColumnsHelp() {
  const { t } = useConsole();
  return <ColumnsHelp docs={IMPORT_COLUMN_DOCS} note={t.importColumnsNote} />;
}
