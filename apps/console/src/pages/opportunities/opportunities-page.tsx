import { useEffect, useRef, useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { Me } from '../../api/types.ts';
import { rememberedImport } from '../../components/csv-import/polling.ts';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { isolate } from '../../i18n/bidi.ts';
import {
  listOpportunities,
  listProviders,
  PAGE_SIZE,
  type Opportunity,
  type OpportunityQuery,
  type ProviderChoice,
} from './api.ts';
import { CloseOpportunityDialog } from './close-dialog.tsx';
import { LAST_OPPORTUNITY_IMPORT_KEY, OpportunityImportDialog } from './import-dialog.tsx';
import { OpportunitiesFilter } from './opportunities-filter.tsx';
import { OpportunitiesTable } from './opportunities-table.tsx';
import { OpportunityFormDialog } from './opportunity-form-dialog.tsx';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'create'; readonly providers?: readonly ProviderChoice[] }
  | { readonly kind: 'edit'; readonly opportunity: Opportunity }
  | { readonly kind: 'close'; readonly opportunity: Opportunity }
  /** `resumeId`: the report of an import started earlier in this tab. */
  | { readonly kind: 'import'; readonly resumeId?: string };

const FIRST_PAGE: OpportunityQuery = { kind: '', provinceCode: '', status: 'open', offset: 0 };

/**
 * The catalogue of jobs, trainings and programmes: everyone granted it reads the offers, filters
 * them and pages through them; managers add, edit, close and import, on the rows the server says
 * they may (`abilities.canManage`).
 */
export function OpportunitiesPage({ me }: { readonly me: Me }) {
  const { api, t } = useConsole();
  const [query, setQuery] = useState<OpportunityQuery>(FIRST_PAGE);
  const current = useRef(query);
  current.current = query;
  const { resource, reload, refresh, update } = useResource((signal) =>
    listOpportunities(api, current.current, signal),
  );
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const [lastImport, setLastImport] = useState(() => rememberedImport(LAST_OPPORTUNITY_IMPORT_KEY));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [query]);

  const manages = canDo(me, 'opportunity.manage');
  const imports = canDo(me, 'opportunity.import');
  const opening = (next: Open) => {
    setNotice('');
    setOpen(next);
  };
  const openCreate = async () => {
    // An admin names the provider; a provider's staff add to their own catalogue.
    if (me.user.role !== 'admin') {
      opening({ kind: 'create' });
      return;
    }
    opening({ kind: 'create', providers: await listProviders(api).catch(() => []) });
  };
  const replace = (changed: Opportunity) => {
    update((page) => ({
      ...page,
      opportunities: page.opportunities.map((o) => (o.id === changed.id ? changed : o)),
    }));
  };

  const page = resource.kind === 'ready' ? resource.data : undefined;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const pageNumber = Math.floor(query.offset / PAGE_SIZE) + 1;

  return (
    <div class="page">
      <div class="page-head">
        <PageHeading>{t.opportunitiesTitle}</PageHeading>
        <div class="actions">
          {imports && lastImport !== undefined && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                opening({ kind: 'import', resumeId: lastImport });
              }}
            >
              {t.importShowLast}
            </button>
          )}
          {imports && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                opening({ kind: 'import' });
              }}
            >
              {t.importOpen}
            </button>
          )}
          {manages && (
            <button
              type="button"
              class="button"
              onClick={() => {
                void openCreate();
              }}
            >
              {t.newOpportunity}
            </button>
          )}
        </div>
      </div>
      <OpportunitiesFilter value={query} onChange={setQuery} />
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
            {t.opportunitiesCount(resource.data.total)}
          </p>
          <OpportunitiesTable
            opportunities={resource.data.opportunities}
            busyId={undefined}
            onEdit={(opportunity) => {
              opening({ kind: 'edit', opportunity });
            }}
            onClose={(opportunity) => {
              opening({ kind: 'close', opportunity });
            }}
          />
          {pages > 1 && (
            <nav class="actions" aria-label={t.oppPaging}>
              <button
                type="button"
                class="button button--secondary"
                disabled={query.offset === 0}
                onClick={() => {
                  setQuery({ ...query, offset: Math.max(0, query.offset - PAGE_SIZE) });
                }}
              >
                {t.oppPrevious}
              </button>
              <span aria-live="polite">{t.oppPage(pageNumber, pages)}</span>
              <button
                type="button"
                class="button button--secondary"
                disabled={pageNumber >= pages}
                onClick={() => {
                  setQuery({ ...query, offset: query.offset + PAGE_SIZE });
                }}
              >
                {t.oppNext}
              </button>
            </nav>
          )}
        </>
      )}
      {(open.kind === 'create' || open.kind === 'edit') && (
        <OpportunityFormDialog
          opportunity={open.kind === 'edit' ? open.opportunity : undefined}
          providers={open.kind === 'create' ? open.providers : undefined}
          onClose={() => {
            setOpen({ kind: 'none' });
          }}
          onSaved={(saved, created) => {
            if (created) refresh();
            else replace(saved);
            setNotice(t.oppSaved(isolate(saved.title)));
            setOpen({ kind: 'none' });
          }}
        />
      )}
      {open.kind === 'close' && (
        <CloseOpportunityDialog
          opportunity={open.opportunity}
          onCancel={() => {
            setOpen({ kind: 'none' });
          }}
          onClosed={(closed) => {
            replace(closed);
            setNotice(t.oppClosed(isolate(closed.title)));
            setOpen({ kind: 'none' });
          }}
          onStale={() => {
            refresh();
            setNotice(t.oppChangedMeanwhile(isolate(open.opportunity.title)));
            setOpen({ kind: 'none' });
          }}
        />
      )}
      {open.kind === 'import' && (
        <OpportunityImportDialog
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
    </div>
  );
}
