import { useId, useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { OpportunityCard, ProfileView } from '../../api/pathway-types.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { problemOf, type FormProblem } from '../../forms.ts';
import { isolate } from '../../i18n/bidi.ts';
import { EnrolmentItem } from './enrolment-item.tsx';
import { changeNotice } from './enrolment-wording.ts';
import { MatchList } from './match-list.tsx';
import { proposeOpportunity } from './pathway-api.ts';
import { ProfileForm } from './profile-form.tsx';
import { ProfileSummary } from './profile-summary.tsx';
import { usePathway } from './use-pathway.ts';

interface Props {
  readonly me: Me;
  readonly caseId: string;
  /** Open at once (a support request: this is what she asked for); otherwise on demand. */
  readonly startOpen: boolean;
  /** The case file changed through us (the timeline shows it): read it again. */
  readonly onCaseChanged: () => void;
}

/**
 * The economic pathway on a case (issue #7): her profile of needs, the opportunities matched to
 * it with their reasons (or the nearest alternatives), "propose to her", and her path through
 * each opportunity proposed — from her answer to the outcome.
 */
export function PathwaySection({ me, caseId, startOpen, onCaseChanged }: Props) {
  const { t } = useConsole();
  const titleId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(startOpen);
  return (
    <section class="card case-section" aria-labelledby={titleId} data-section="pathway">
      <div class="referral-panel__head">
        <h3 id={titleId}>{t.pwTitle}</h3>
        {!startOpen && (
          <button
            type="button"
            class="button button--secondary"
            aria-expanded={open}
            aria-controls={bodyId}
            data-action="open-pathway"
            onClick={() => {
              setOpen(!open);
            }}
          >
            {open ? t.pwHide : t.pwShow}
          </button>
        )}
      </div>
      <div id={bodyId} class="stack" hidden={!open}>
        {open && <PathwayBody me={me} caseId={caseId} onCaseChanged={onCaseChanged} />}
      </div>
    </section>
  );
}

function PathwayBody({ me, caseId, onCaseChanged }: Omit<Props, 'startOpen'>) {
  const { api, locale, t } = useConsole();
  const { profile, matches, enrolments, putEnrolment } = usePathway(caseId);
  const [editing, setEditing] = useState(false);
  const [proposing, setProposing] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const canPropose = canDo(me, 'enrolment.propose');
  const profileTitleId = useId();
  const matchesTitleId = useId();
  const enrolmentsTitleId = useId();

  const saved = (view: ProfileView) => {
    setEditing(false);
    profile.update(() => view);
    matches.refresh();
    setNotice(t.pwProfileSaved);
    onCaseChanged();
  };

  const propose = async (opportunity: OpportunityCard) => {
    setProposing(opportunity.id);
    setProblem(undefined);
    setNotice('');
    try {
      const enrolment = await proposeOpportunity(api, caseId, opportunity.id);
      putEnrolment(enrolment);
      matches.refresh();
      setNotice(t.pwProposed(isolate(opportunity.title)));
      onCaseChanged();
    } catch (error) {
      setProblem(problemOf(error, t));
      // Full, closed or proposed meanwhile: the list says so once read again.
      matches.refresh();
    } finally {
      setProposing(undefined);
    }
  };

  return (
    <>
      <p class="notice" role="status" data-pathway-notice>
        {notice}
      </p>
      <section class="stack" aria-labelledby={profileTitleId} data-pathway-part="profile">
        <div class="referral-panel__head">
          <h4 id={profileTitleId}>{t.pwProfileTitle}</h4>
          {canPropose && profile.resource.kind === 'ready' && (
            <button
              type="button"
              class="button button--small button--secondary"
              data-action="edit-profile"
              onClick={() => {
                setEditing(true);
              }}
            >
              {t.pwEditProfile}
            </button>
          )}
        </div>
        {profile.resource.kind === 'loading' && (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )}
        {profile.resource.kind === 'failed' && (
          <LoadFailure problem={profile.resource.problem} onRetry={profile.reload} />
        )}
        {profile.resource.kind === 'ready' && <ProfileSummary view={profile.resource.data} />}
      </section>
      <section class="stack" aria-labelledby={matchesTitleId} data-pathway-part="matches">
        <h4 id={matchesTitleId}>{t.pwMatchesTitle}</h4>
        <FormAlert problem={problem} />
        {matches.resource.kind === 'loading' && (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )}
        {matches.resource.kind === 'failed' && (
          <LoadFailure problem={matches.resource.problem} onRetry={matches.reload} />
        )}
        {matches.resource.kind === 'ready' && (
          <MatchList
            matches={matches.resource.data.matches}
            alternatives={matches.resource.data.alternatives}
            canPropose={canPropose}
            busyId={proposing}
            onPropose={(opportunity) => {
              void propose(opportunity);
            }}
          />
        )}
      </section>
      <section class="stack" aria-labelledby={enrolmentsTitleId} data-pathway-part="enrolments">
        <h4 id={enrolmentsTitleId}>{t.pwEnrolmentsTitle}</h4>
        {enrolments.resource.kind === 'loading' && (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )}
        {enrolments.resource.kind === 'failed' && (
          <LoadFailure problem={enrolments.resource.problem} onRetry={enrolments.reload} />
        )}
        {enrolments.resource.kind === 'ready' &&
          (enrolments.resource.data.length === 0 ? (
            <p class="empty">{t.pwNoEnrolments}</p>
          ) : (
            <div class="referral-cards">
              {enrolments.resource.data.map((enrolment) => (
                <EnrolmentItem
                  key={enrolment.id}
                  enrolment={enrolment}
                  viewpoint="referring"
                  headingLevel={5}
                  defaultChannel="phone"
                  onChanged={(next, change) => {
                    putEnrolment(next);
                    matches.refresh();
                    setNotice(changeNotice(next, change, t, locale));
                    onCaseChanged();
                  }}
                  onStale={enrolments.refresh}
                />
              ))}
            </div>
          ))}
      </section>
      {editing && profile.resource.kind === 'ready' && (
        <ProfileForm
          caseId={caseId}
          view={profile.resource.data}
          onSaved={saved}
          onStale={profile.refresh}
          onClose={() => {
            setEditing(false);
          }}
        />
      )}
    </>
  );
}
