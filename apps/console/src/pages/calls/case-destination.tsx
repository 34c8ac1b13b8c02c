import type { AreaType, UrgencyLevel } from '@sanad/core';
import { useState } from 'preact/hooks';
import { searchCases } from '../../api/cases.ts';
import type { CaseSearchHit } from '../../api/case-types.ts';
import type { CaseKind } from '../../api/queue-types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import {
  areaTypeLabel,
  areaTypes,
  contactTypeLabel,
  urgencyLabel,
  urgencyLevels,
} from '../../helpline-vocabulary.ts';
import { SearchResults } from '../search/search-results.tsx';
import { ProvinceOptions } from '../shared/territory-options.tsx';
import type { CallDraft, Destination } from './call-draft.ts';

interface Props {
  readonly draft: CallDraft;
  readonly myId: string;
  readonly canOpenCase: boolean;
  readonly error: string | undefined;
  readonly onChange: (change: Partial<CallDraft>) => void;
}

/** Where the call goes: on its own, into an existing case (found here), or a new case. */
export function CaseDestination({ draft, myId, canOpenCase, error, onChange }: Props) {
  const { locale, t } = useConsole();
  const choices: [Destination, string][] = [
    ['none', t.destinationNone],
    ['existing', t.destinationExisting],
    ...(canOpenCase ? [['new', t.destinationNew] as [Destination, string]] : []),
  ];
  const setNewCase = (change: Partial<CallDraft['newCase']>) => {
    onChange({ newCase: { ...draft.newCase, ...change } });
  };
  return (
    <fieldset class="fieldset">
      <legend>{t.destinationTitle}</legend>
      <div class="choice-row">
        {choices.map(([value, label]) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="destination"
              value={value}
              checked={draft.destination === value}
              onChange={() => {
                onChange({ destination: value });
              }}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {draft.destination === 'existing' &&
        (draft.caseId !== '' ? (
          <p class="row-actions" data-attached-case={draft.caseId}>
            <span>
              {t.attachedTo} <bdi dir="ltr">{draft.caseReference}</bdi>
            </span>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                onChange({ caseId: '', caseReference: '' });
              }}
            >
              {t.changeCase}
            </button>
          </p>
        ) : (
          <CaseFinder
            myId={myId}
            error={error}
            onPick={(hit) => {
              onChange({ caseId: hit.caseId, caseReference: hit.reference });
            }}
          />
        ))}
      {draft.destination === 'new' && (
        <div class="form-grid">
          <SelectField
            label={t.caseKind}
            name="kind"
            value={draft.newCase.kind}
            onChange={(kind) => {
              setNewCase({
                kind: kind === 'support_request' ? 'support_request' : 'violence_report',
              });
            }}
          >
            {(['violence_report', 'support_request'] as const satisfies readonly CaseKind[]).map(
              (kind) => (
                <option key={kind} value={kind}>
                  {contactTypeLabel(kind, locale)}
                </option>
              ),
            )}
          </SelectField>
          <SelectField
            label={t.colUrgency}
            name="urgency"
            value={draft.newCase.urgency}
            onChange={(urgency) => {
              setNewCase({ urgency: urgency as UrgencyLevel });
            }}
          >
            {urgencyLevels.codes.map((code) => (
              <option key={code} value={code}>
                {urgencyLabel(code, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t.colProvince}
            name="provinceCode"
            value={draft.newCase.provinceCode}
            onChange={(provinceCode) => {
              setNewCase({ provinceCode });
            }}
          >
            <option value="">{t.placeUnknown}</option>
            <ProvinceOptions locale={locale} />
          </SelectField>
          <SelectField
            label={t.areaType}
            name="areaType"
            value={draft.newCase.areaType}
            onChange={(areaType) => {
              setNewCase({ areaType: areaType as AreaType | '' });
            }}
          >
            <option value="">{t.notSaid}</option>
            {areaTypes.codes.map((code) => (
              <option key={code} value={code}>
                {areaTypeLabel(code, locale)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
    </fieldset>
  );
}

/** Finds the case to attach the call to, by its reference or her tracking code. */
function CaseFinder({
  myId,
  error,
  onPick,
}: {
  readonly myId: string;
  readonly error: string | undefined;
  readonly onPick: (hit: CaseSearchHit) => void;
}) {
  const { api, t } = useConsole();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<readonly CaseSearchHit[]>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();

  const find = async () => {
    const wanted = text.trim();
    if (wanted === '') {
      setProblem(localProblem(t.checkFields, { caseQuery: t.fieldRequired }));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      // A tracking code looks like ABCD-1234; anything else is taken for a case reference.
      const criteria = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/i.test(wanted)
        ? { trackingCode: wanted.toUpperCase() }
        : { reference: wanted };
      setHits(await searchCases(api, { ...criteria, limit: 20 }));
    } catch (failure) {
      setProblem(problemOf(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="stack">
      <div
        class="inline-form"
        onKeyDown={(event) => {
          // Enter here searches; it must not send the whole call form.
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            event.preventDefault();
            void find();
          }
        }}
      >
        <TextField
          label={t.findCase}
          name="caseQuery"
          dir="ltr"
          hint={t.findCaseHint}
          value={text}
          error={problem?.fields['caseQuery'] ?? error}
          onInput={setText}
        />
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() => {
            void find();
          }}
        >
          {t.searchSubmit}
        </button>
      </div>
      <FormAlert problem={problem} shownFields={['caseQuery']} />
      {hits && <SearchResults hits={hits} myId={myId} onPick={onPick} />}
    </div>
  );
}
