import type { CaseStatus, UrgencyLevel } from '@sanad/core';
import { useState } from 'preact/hooks';
import { searchCases } from '../../api/cases.ts';
import type { CaseSearchHit } from '../../api/case-types.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import {
  caseStatuses,
  statusLabel,
  urgencyLabel,
  urgencyLevels,
} from '../../helpline-vocabulary.ts';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import { criteriaOf, EMPTY_SEARCH, isEmptySearch, type SearchDraft } from './search-criteria.ts';
import { SearchResults } from './search-results.tsx';

/** Finds a case by tracking code, reference, phone number, status, urgency, place or dates. */
export function SearchPage({ me }: { readonly me: Me }) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<SearchDraft>(EMPTY_SEARCH);
  const [hits, setHits] = useState<readonly CaseSearchHit[]>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const set = (change: Partial<SearchDraft>) => {
    setDraft({ ...draft, ...change });
  };

  const search = async () => {
    const criteria = criteriaOf(draft);
    if (isEmptySearch(criteria)) {
      setProblem(localProblem(t.searchNeedsCriteria));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      setHits(await searchCases(api, { ...criteria, limit: 100 }));
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page">
      <PageHeading>{t.searchTitle}</PageHeading>
      <form
        class="card stack"
        role="search"
        aria-label={t.searchTitle}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <div class="form-grid">
          <TextField
            label={t.trackingCode}
            name="trackingCode"
            dir="ltr"
            value={draft.trackingCode}
            error={problem?.fields['trackingCode']}
            onInput={(trackingCode) => {
              set({ trackingCode });
            }}
          />
          <TextField
            label={t.caseReference}
            name="reference"
            dir="ltr"
            value={draft.reference}
            error={problem?.fields['reference']}
            onInput={(reference) => {
              set({ reference });
            }}
          />
          <TextField
            label={t.phoneNumber}
            name="phone"
            type="tel"
            inputMode="tel"
            dir="ltr"
            value={draft.phone}
            error={problem?.fields['phone']}
            onInput={(phone) => {
              set({ phone });
            }}
          />
          <SelectField
            label={t.colStatus}
            name="status"
            value={draft.status}
            onChange={(value) => {
              set({ status: value as CaseStatus | '' });
            }}
          >
            <option value="">{t.anyOption}</option>
            {caseStatuses.codes.map((code) => (
              <option key={code} value={code}>
                {statusLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.colUrgency}
            name="urgency"
            value={draft.urgency}
            onChange={(value) => {
              set({ urgency: value as UrgencyLevel | '' });
            }}
          >
            <option value="">{t.anyOption}</option>
            {urgencyLevels.codes.map((code) => (
              <option key={code} value={code}>
                {urgencyLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.colProvince}
            name="provinceCode"
            value={draft.provinceCode}
            onChange={(provinceCode) => {
              set({ provinceCode });
            }}
          >
            <option value="">{t.anyOption}</option>
            <ProvinceOptions locale={locale} />
          </SelectField>
          <TextField
            label={t.dateFrom}
            name="from"
            type="date"
            dir="ltr"
            value={draft.from}
            error={problem?.fields['from']}
            onInput={(from) => {
              set({ from });
            }}
          />
          <TextField
            label={t.dateTo}
            name="to"
            type="date"
            dir="ltr"
            value={draft.to}
            error={problem?.fields['to']}
            onInput={(to) => {
              set({ to });
            }}
          />
        </div>
        <FormAlert
          problem={problem}
          shownFields={['trackingCode', 'reference', 'phone', 'from', 'to']}
        />
        <div class="actions">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setDraft(EMPTY_SEARCH);
              setHits(undefined);
              setProblem(undefined);
            }}
          >
            {t.clearSearch}
          </button>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t.searchSubmit}
          </button>
        </div>
      </form>
      {hits && (
        <section aria-label={t.searchResults}>
          <p class="count" role="status">
            {t.casesFound(hits.length)}
          </p>
          <SearchResults hits={hits} myId={me.user.id} />
        </section>
      )}
    </div>
  );
}
