import { useState } from 'preact/hooks';
import { updateCase } from '../../api/cases.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';
import { useCaseForm } from './use-case-form.ts';

/** The safety plan worked out with her: one text, saved as a whole. */
export function SafetyPlanSection() {
  const { api, t } = useConsole();
  const { view } = useCaseFileContext();
  const [text, setText] = useState(view.safetyPlan ?? '');
  // The plan as it was when she started typing: a different one from the server means a
  // colleague saved another plan meanwhile, which her save would replace.
  const [baseline, setBaseline] = useState(view.safetyPlan ?? '');
  const current = view.safetyPlan ?? '';
  const { busy, problem, submit } = useCaseForm();
  const editable = view.abilities.update;
  return (
    <CaseSection title={t.safetyPlanTitle} name="safety-plan">
      {view.safetyPlanUpdatedAt && (
        <p class="cell-note">
          {t.lastSaved} <DateTime iso={view.safetyPlanUpdatedAt} />
        </p>
      )}
      {editable ? (
        <form
          class="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const safetyPlan = text.trim() === '' ? null : text;
            void submit(
              (version) => updateCase(api, view.id, version, { safetyPlan }),
              t.safetyPlanSaved,
              () => {
                setBaseline(text.trim());
              },
            );
          }}
        >
          {current !== baseline && (
            <div class="alert alert--warning" role="status" data-plan-changed-elsewhere>
              <p>{t.safetyPlanChangedElsewhere}</p>
              <p class="narrative" dir="auto">
                {current === '' ? t.noSafetyPlan : current}
              </p>
              <div class="row-actions">
                <button
                  type="button"
                  class="button button--small button--secondary"
                  onClick={() => {
                    setText(current);
                    setBaseline(current);
                  }}
                >
                  {t.useNewerPlan}
                </button>
                <button
                  type="button"
                  class="button button--small button--secondary"
                  onClick={() => {
                    setBaseline(current);
                  }}
                >
                  {t.keepMyPlan}
                </button>
              </div>
            </div>
          )}
          <TextArea
            label={t.safetyPlan}
            name="safetyPlan"
            hint={t.safetyPlanHint}
            value={text}
            rows={6}
            maxLength={8000}
            error={problem?.fields['safetyPlan']}
            onInput={setText}
          />
          <FormAlert problem={problem} shownFields={['safetyPlan']} />
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t.saveSafetyPlan}
          </button>
        </form>
      ) : view.safetyPlan ? (
        <p class="narrative" dir="auto">
          {view.safetyPlan}
        </p>
      ) : (
        <p class="empty">{t.noSafetyPlan}</p>
      )}
    </CaseSection>
  );
}
