import { useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import { claimWinnerOf } from '../../api/conflicts.ts';
import { claimCase, releaseCase } from '../../api/queue.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { HandlerName } from '../../components/helpline/handler-name.tsx';
import { StatusBadge } from '../../components/helpline/status-badge.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { localProblem, problemOf, type FormProblem } from '../../forms.ts';
import { areaTypeLabel, contactTypeLabel } from '../../helpline-vocabulary.ts';
import { isolate } from '../../i18n/bidi.ts';
import { newCallHref } from '../../routing.ts';
import { describePlace, provinceName } from '../../vocabulary.ts';
import { ReassignDialog } from '../supervision/reassign-dialog.tsx';
import { useCaseFileContext } from './case-context.ts';
import { StatusChangeForm } from './status-change-form.tsx';

/** Who, what, how urgent, where: the top of the case file, with taking and handing it back. */
export function CaseHeader() {
  const { api, locale, t } = useConsole();
  const { view, me, refresh } = useCaseFileContext();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState('');
  const [reassigning, setReassigning] = useState(false);

  const run = async (action: 'claim' | 'release') => {
    setBusy(true);
    setProblem(undefined);
    setNotice('');
    try {
      if (action === 'claim') {
        await claimCase(api, view.id);
        setNotice(t.claimedNotice(isolate(view.reference)));
      } else {
        await releaseCase(api, view.id);
        setNotice(t.releasedNotice(isolate(view.reference)));
      }
    } catch (error) {
      const winner = claimWinnerOf(error);
      setProblem(
        winner
          ? localProblem(t.alreadyClaimedBy(isolate(view.reference), isolate(winner.name)))
          : problemOf(error, t),
      );
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const place =
    view.provinceCode && view.regionCode
      ? describePlace(view.regionCode, view.provinceCode, locale)
      : view.provinceCode
        ? provinceName(view.provinceCode, locale)
        : t.placeUnknown;

  return (
    <section class="card case-header" aria-labelledby="case-title">
      <PageHeading>
        <span id="case-title">
          {t.caseTitle} <bdi dir="ltr">{view.reference}</bdi>
        </span>
      </PageHeading>
      <ul class="tags case-badges" aria-label={t.caseBadges}>
        <li>
          <UrgencyBadge urgency={view.urgency} />
        </li>
        <li>
          <StatusBadge status={view.status} />
        </li>
        <li>{contactTypeLabel(view.kind, locale)}</li>
      </ul>
      <dl class="facts">
        <dt>{t.colHandledBy}</dt>
        <dd data-case-handler>
          <HandlerName staff={view.claimedBy} myId={me.user.id} />
          {view.claimedAt && (
            <span class="cell-note">
              {' '}
              (<DateTime iso={view.claimedAt} />)
            </span>
          )}
        </dd>
        <dt>{t.colProvince}</dt>
        <dd>
          {place}
          {view.areaType && ` — ${areaTypeLabel(view.areaType, locale)}`}
        </dd>
        <dt>{t.receivedAt}</dt>
        <dd>
          <DateTime iso={view.createdAt} />
        </dd>
        {view.trackingCode && (
          <>
            <dt>{t.trackingCode}</dt>
            <dd>
              <code dir="ltr">{view.trackingCode}</code>
            </dd>
          </>
        )}
      </dl>
      <div class="row-actions">
        {view.abilities.claim && !view.claimedBy && (
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => {
              void run('claim');
            }}
          >
            {t.claim}
          </button>
        )}
        {view.abilities.release && view.claimedBy && (
          <button
            type="button"
            class="button button--secondary"
            disabled={busy}
            onClick={() => {
              void run('release');
            }}
          >
            {t.release}
          </button>
        )}
        {view.abilities.reassign && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setReassigning(true);
            }}
          >
            {t.reassign}
          </button>
        )}
        {canDo(me, 'contact.create') && (
          <a class="button button--secondary" href={newCallHref(view.id)}>
            {t.logCallForCase}
          </a>
        )}
      </div>
      <FormAlert problem={problem} />
      <p class="notice" role="status">
        {notice}
      </p>
      {view.abilities.update && view.allowedTransitions.length > 0 && <StatusChangeForm />}
      {reassigning && (
        <ReassignDialog
          caseId={view.id}
          reference={view.reference}
          onClose={() => {
            setReassigning(false);
          }}
          onReassigned={() => {
            setReassigning(false);
            refresh();
          }}
        />
      )}
    </section>
  );
}
