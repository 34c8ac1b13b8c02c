import type { OpportunityKind } from '@sanad/core';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { isStaleVersion } from '../../api/conflicts.ts';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import {
  createOpportunity,
  updateOpportunity,
  type Opportunity,
  type ProviderChoice,
} from './api.ts';
import { EligibilityFields } from './eligibility-fields.tsx';
import { opportunityKindLabel, opportunityKinds } from './labels.ts';
import {
  checkOpportunityDraft,
  formFieldsOf,
  opportunityDraftOf,
  type OpportunityDraft,
} from './opportunity-draft.ts';
import { PlaceFields } from './place-fields.tsx';

/** Field names the form shows next to a field; anything else the server names goes in the alert. */
const SHOWN_FIELDS = [
  'providerId',
  'code',
  'kind',
  'title',
  'description',
  'regionCode',
  'provinceCodes',
  'applyBy',
  'startsOn',
  'endsOn',
  'placesTotal',
  'eligibility.minAge',
  'eligibility.maxAge',
  'eligibility.schoolingLevel',
  'eligibility.prerequisites',
  'languages',
  'contact.phone',
  'contact.email',
  'contact.address',
];

interface Props {
  /** The offer to edit; none to create one. */
  readonly opportunity?: Opportunity | undefined;
  /** For an admin: the providers to choose from (a provider's staff add to their own). */
  readonly providers?: readonly ProviderChoice[] | undefined;
  readonly onSaved: (opportunity: Opportunity, created: boolean) => void;
  readonly onClose: () => void;
}

/**
 * Create or edit an offer: who provides it, what it is, where and when, places, who may apply,
 * what comes with it, whom to ask. An edit sends every field with the version it was opened at;
 * if someone saved the offer meanwhile, the form says so and keeps what was typed, and saving
 * again goes over their change knowingly.
 */
export function OpportunityFormDialog({ opportunity, providers, onSaved, onClose }: Props) {
  const { api, locale, t } = useConsole();
  const [draft, setDraft] = useState<OpportunityDraft>(() => opportunityDraftOf(opportunity));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [conflictVersion, setConflictVersion] = useState<number>();
  const set = (change: Partial<OpportunityDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
  };
  const errors = problem?.fields ?? {};
  const needsProvider = opportunity === undefined && providers !== undefined;

  const submit = async () => {
    const checked = checkOpportunityDraft(draft, t, needsProvider);
    if (!checked.ok) {
      setProblem(localProblem(t.checkFields, checked.fields));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = opportunity
        ? await updateOpportunity(api, opportunity.id, {
            ...checked.input,
            version: conflictVersion ?? opportunity.version,
          })
        : await createOpportunity(api, {
            ...checked.input,
            ...(checked.providerId !== null ? { providerId: checked.providerId } : {}),
          });
      onSaved(saved, !opportunity);
    } catch (error) {
      const current = error instanceof ApiError ? error.current?.['version'] : undefined;
      if (isStaleVersion(error) && typeof current === 'number') {
        setConflictVersion(current);
        setProblem(localProblem(t.oppStale));
      } else {
        const refused = problemOf(error, t);
        const fields = error instanceof ApiError ? formFieldsOf(error.fields, t) : {};
        setProblem({ ...refused, fields });
      }
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title={opportunity ? t.oppEditTitle(isolate(opportunity.title)) : t.oppCreateTitle}
      onClose={onClose}
    >
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <FormAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <div class="form-grid">
          {needsProvider && (
            <SelectField
              label={t.oppProvider}
              hint={t.oppProviderHint}
              name="providerId"
              required
              value={draft.providerId}
              onChange={(providerId) => {
                set({ providerId });
              }}
              error={errors['providerId']}
            >
              <option value="">{t.chooseOption}</option>
              {providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            label={t.oppKind}
            name="kind"
            required
            value={draft.kind}
            onChange={(kind) => {
              set({ kind: kind as OpportunityKind | '' });
            }}
            error={errors['kind']}
          >
            <option value="">{t.chooseOption}</option>
            {opportunityKinds.codes.map((kind) => (
              <option key={kind} value={kind}>
                {opportunityKindLabel(kind, locale)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.oppTitleLabel}
            name="title"
            required
            autoFocus
            maxLength={200}
            value={draft.title}
            onInput={(title) => {
              set({ title });
            }}
            error={errors['title']}
          />
          <TextField
            label={t.oppCode}
            hint={t.oppCodeHint}
            name="code"
            dir="ltr"
            autoComplete="off"
            maxLength={64}
            value={draft.code}
            onInput={(code) => {
              set({ code });
            }}
            error={errors['code']}
          />
        </div>
        <TextArea
          label={t.oppDescription}
          name="description"
          maxLength={2000}
          value={draft.description}
          onInput={(description) => {
            set({ description });
          }}
          error={errors['description']}
        />
        <PlaceFields draft={draft} onChange={set} errors={errors} />
        <fieldset class="fieldset">
          <legend>{t.oppDatesLegend}</legend>
          <div class="form-grid">
            {(['applyBy', 'startsOn', 'endsOn'] as const).map((field) => (
              <TextField
                key={field}
                label={
                  field === 'applyBy'
                    ? t.oppApplyByLabel
                    : field === 'startsOn'
                      ? t.oppStartsOnLabel
                      : t.oppEndsOnLabel
                }
                name={field}
                type="date"
                dir="ltr"
                value={draft[field]}
                onInput={(value) => {
                  set({ [field]: value });
                }}
                error={errors[field]}
              />
            ))}
            <TextField
              label={t.oppPlacesTotal}
              hint={t.oppPlacesHint}
              name="placesTotal"
              type="number"
              inputMode="numeric"
              min={0}
              dir="ltr"
              value={draft.placesTotal}
              onInput={(placesTotal) => {
                set({ placesTotal });
              }}
              error={errors['placesTotal']}
            />
          </div>
        </fieldset>
        <EligibilityFields draft={draft} onChange={set} errors={errors} />
        <fieldset class="fieldset">
          <legend>{t.contact}</legend>
          <div class="form-grid">
            <TextField
              label={t.phone}
              name="phone"
              type="tel"
              autoComplete="off"
              dir="ltr"
              value={draft.phone}
              onInput={(phone) => {
                set({ phone });
              }}
              error={errors['contact.phone']}
            />
            <TextField
              label={t.email}
              name="contactEmail"
              type="email"
              autoComplete="off"
              value={draft.email}
              onInput={(email) => {
                set({ email });
              }}
              error={errors['contact.email']}
            />
            <TextField
              label={t.address}
              name="address"
              autoComplete="off"
              value={draft.address}
              onInput={(address) => {
                set({ address });
              }}
              error={errors['contact.address']}
            />
          </div>
        </fieldset>
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {busy
              ? t.working
              : !opportunity
                ? t.oppCreateSubmit
                : conflictVersion !== undefined
                  ? t.oppSaveAnyway
                  : t.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
