import { useState } from 'preact/hooks';
import { listInstitutions, updateInstitution, type InstitutionRecord } from '../../api/admin.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';
import { ImportDialog } from './import-dialog.tsx';
import { lastImportId } from './import-polling.ts';
import { currentVersionOf } from './institution-update.ts';
import { InstitutionFormDialog } from './institution-form-dialog.tsx';
import {
  InstitutionsFilter,
  matchesFilter,
  type InstitutionFilter,
} from './institutions-filter.tsx';
import { InstitutionsTable } from './institutions-table.tsx';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  /** `resumeId`: the report of an import started earlier in this tab. */
  | { readonly kind: 'import'; readonly resumeId?: string }
  | { readonly kind: 'edit'; readonly institution: InstitutionRecord };

function replace(list: InstitutionRecord[], changed: InstitutionRecord): InstitutionRecord[] {
  return list.map((item) => (item.id === changed.id ? changed : item));
}

/** The referral network's institutions: filter, create, edit, disable or enable, import a file. */
export function InstitutionsPage() {
  const { api, t } = useConsole();
  const { resource, reload, refresh, update } = useResource((signal) =>
    listInstitutions(api, signal),
  );
  const [filter, setFilter] = useState<InstitutionFilter>({ region: '', type: '' });
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [busyId, setBusyId] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const [lastImport, setLastImport] = useState(lastImportId);

  const toggle = async (institution: InstitutionRecord) => {
    setBusyId(institution.id);
    setProblem(undefined);
    setNotice('');
    try {
      const changed = await updateInstitution(api, institution.id, {
        version: institution.version,
        active: !institution.active,
      });
      update((list) => replace(list, changed));
      setNotice(t.institutionSaved(isolate(changed.name)));
    } catch (error) {
      if (currentVersionOf(error) !== undefined) {
        // Changed meanwhile: show it as it is now, and let the administrator decide again.
        refresh();
        setNotice(t.institutionToggleStale(isolate(institution.name)));
      } else {
        setProblem(problemOf(error, t));
      }
    } finally {
      setBusyId(undefined);
    }
  };

  const shown =
    resource.kind === 'ready'
      ? resource.data.filter((institution) => matchesFilter(institution, filter))
      : [];

  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{t.institutionsTitle}</PageHeading>
        <div class="actions">
          {lastImport !== undefined && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setNotice('');
                setOpen({ kind: 'import', resumeId: lastImport });
              }}
            >
              {t.importShowLast}
            </button>
          )}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setNotice('');
              setOpen({ kind: 'import' });
            }}
          >
            {t.importOpen}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setNotice('');
              setOpen({ kind: 'create' });
            }}
          >
            {t.newInstitution}
          </button>
        </div>
      </div>
      <InstitutionsFilter value={filter} onChange={setFilter} />
      <FormAlert problem={problem} />
      <p class="notice" role="status">
        {notice}
      </p>
      {resource.kind === 'loading' ? (
        <p class="loading" role="status">
          {t.loading}
        </p>
      ) : resource.kind === 'failed' ? (
        <LoadFailure problem={resource.problem} onRetry={reload} />
      ) : (
        <>
          <p class="count" aria-live="polite">
            {t.institutionsCount(shown.length)}
          </p>
          <InstitutionsTable
            institutions={shown}
            busyId={busyId}
            onEdit={(institution) => {
              setNotice('');
              setOpen({ kind: 'edit', institution });
            }}
            onToggle={(institution) => {
              void toggle(institution);
            }}
          />
        </>
      )}
      {open.kind === 'import' && (
        <ImportDialog
          resumeId={open.resumeId}
          onClose={() => {
            setOpen({ kind: 'none' });
            // Rows may have been written while the dialog was open, finished or not.
            refresh();
          }}
          onImported={refresh}
          onStarted={setLastImport}
        />
      )}
      {(open.kind === 'create' || open.kind === 'edit') && (
        <InstitutionFormDialog
          institution={open.kind === 'edit' ? open.institution : undefined}
          onClose={() => {
            setOpen({ kind: 'none' });
          }}
          onSaved={(saved, created) => {
            update((list) => (created ? [...list, saved] : replace(list, saved)));
            setNotice(t.institutionSaved(isolate(saved.name)));
            setOpen({ kind: 'none' });
          }}
        />
      )}
    </div>
  );
}
