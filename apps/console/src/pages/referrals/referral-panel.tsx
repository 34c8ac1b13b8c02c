import type { ServiceType, UrgencyLevel } from '@sanad/core';
import { useEffect, useId, useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { ProposalView, ReferralView } from '../../api/referral-types.ts';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { isolate } from '../../i18n/bidi.ts';
import { NeedsPicker } from './needs-picker.tsx';
import { ProposalList } from './proposal-list.tsx';
import { ReferralCard } from './referral-card.tsx';
import { referralStatusLabel } from './referral-vocabulary.ts';
import { SendDialog, type SendTarget } from './send-dialog.tsx';
import { StepDialog } from './step-dialog.tsx';
import { useCaseReferrals } from './use-case-referrals.ts';
import { useProposals } from './use-proposals.ts';

interface Props {
  readonly me: Me;
  readonly caseId: string;
  /** The case's urgency: only an emergency may be sent without her consent. */
  readonly urgency: UrgencyLevel;
  /** Show the proposals at once (a request just registered: choosing is the next step). */
  readonly startOpen?: boolean;
}

/**
 * Referrals of one case, for the side that refers (the helpline, or the competent body that
 * registered her): the referrals sent, with their status, deadlines, note back and the services
 * delivered (each can be revoked with a reason); and "Refer", which shows below them the
 * institutions the server proposes for her needs, best first with their reasons, each sent
 * with her consent (or, in an emergency, the override), one after another.
 */
export function ReferralPanel({ me, caseId, urgency, startOpen = false }: Props) {
  const { locale, t } = useConsole();
  const titleId = useId();
  const proposalsId = useId();
  const proposals = useProposals(caseId);
  // A referral declined or revoked elsewhere frees its institution: the proposals say so.
  const list = useCaseReferrals(caseId, () => {
    proposals.refresh();
  });
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<readonly ServiceType[]>();
  const [sending, setSending] = useState<SendTarget>();
  const [revokingId, setRevokingId] = useState<string>();
  const [notice, setNotice] = useState('');
  const canRefer = canDo(me, 'referral.create') && canDo(me, 'referral.send');
  const emergency = urgency === 'emergency';
  // The helpline hears her consent on the phone; a competent body usually sees her in person.
  const defaultChannel = canDo(me, 'referral.respond') ? 'walk_in' : 'phone';
  const services = chosen ?? proposals.services ?? [];
  const revoking = list.referrals?.find((referral) => referral.id === revokingId);

  useEffect(() => {
    if (startOpen && canRefer) {
      setOpen(true);
      proposals.load();
    }
  }, []);

  const toggle = () => {
    if (!open && proposals.state.kind === 'idle') proposals.load();
    setOpen(!open);
  };

  const sent = (referral: ReferralView) => {
    setSending(undefined);
    list.put(referral);
    proposals.markReferred(referral.institution.id);
    setNotice(
      t.refStatusNow(
        isolate(referral.institution.name),
        referralStatusLabel(referral.status, locale),
      ),
    );
  };

  return (
    <section class="card referral-panel" aria-labelledby={titleId} data-section="referrals">
      <div class="referral-panel__head">
        <h3 id={titleId}>{t.refPanelTitle}</h3>
        {canRefer && (
          <button
            type="button"
            class="button"
            aria-expanded={open}
            aria-controls={proposalsId}
            data-action="refer"
            onClick={toggle}
          >
            {open ? t.refHideProposals : t.refOpenProposals}
          </button>
        )}
      </div>
      <p class="notice" role="status" data-referral-notice>
        {notice}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {list.announcement}
      </p>
      {list.referrals === undefined ? (
        list.problem ? (
          <LoadFailure problem={list.problem} onRetry={list.refresh} />
        ) : (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )
      ) : (
        <>
          {list.problem && <FormAlert problem={list.problem} />}
          {list.referrals.length === 0 ? (
            <p class="empty">{t.refNone}</p>
          ) : (
            <div class="referral-cards">
              {list.referrals.map((referral) => (
                <ReferralCard
                  key={referral.id}
                  referral={referral}
                  viewpoint="referring"
                  headingLevel={4}
                >
                  <ReferringActions
                    referral={referral}
                    onSend={() => {
                      setSending({ kind: 'draft', referral });
                    }}
                    onRevoke={() => {
                      setRevokingId(referral.id);
                    }}
                  />
                </ReferralCard>
              ))}
            </div>
          )}
        </>
      )}
      <div id={proposalsId} class="proposals-area" hidden={!open}>
        {open && (
          <>
            <h4>{t.refProposalsTitle}</h4>
            <NeedsPicker
              services={services}
              error={chosen?.length === 0 ? t.refChooseService : undefined}
              onChange={(next) => {
                setChosen(next);
                if (next.length > 0) proposals.load(next);
              }}
            />
            {proposals.state.kind === 'loading' && (
              <p class="loading" role="status">
                {t.loading}
              </p>
            )}
            {proposals.state.kind === 'failed' && (
              <LoadFailure
                problem={proposals.state.problem}
                onRetry={() => {
                  proposals.load(chosen);
                }}
              />
            )}
            {proposals.state.kind === 'ready' && (
              <div aria-busy={proposals.state.refreshing}>
                <ProposalList
                  proposals={proposals.state.proposals}
                  canRefer={canRefer}
                  onRefer={(proposal: ProposalView) => {
                    setNotice('');
                    setSending({ kind: 'proposal', proposal });
                  }}
                />
              </div>
            )}
          </>
        )}
      </div>
      {sending && (
        <SendDialog
          caseId={caseId}
          target={sending}
          emergency={emergency}
          defaultChannel={defaultChannel}
          onSent={sent}
          onStale={list.refresh}
          onClose={() => {
            setSending(undefined);
          }}
        />
      )}
      {revoking && (
        <StepDialog
          referral={revoking}
          to="revoked"
          title={t.refRevokeTitle(isolate(revoking.institution.name))}
          label={t.refRevokeReason}
          hint={t.refRevokeHint}
          warning={t.refRevokeWarning}
          submitLabel={t.refRevokeSubmit}
          onDone={(referral) => {
            setRevokingId(undefined);
            list.put(referral);
            proposals.refresh();
            setNotice(
              t.refStatusNow(
                isolate(referral.institution.name),
                referralStatusLabel(referral.status, locale),
              ),
            );
          }}
          onStale={list.refresh}
          onClose={() => {
            setRevokingId(undefined);
          }}
        />
      )}
    </section>
  );
}

/** What the referring side may do to one referral: send a draft, revoke a live one. */
function ReferringActions({
  referral,
  onSend,
  onRevoke,
}: {
  readonly referral: ReferralView;
  readonly onSend: () => void;
  readonly onRevoke: () => void;
}) {
  const { t } = useConsole();
  const name = isolate(referral.institution.name);
  const send = referral.status === 'draft' && referral.abilities.send;
  const revoke = referral.allowedTransitions.includes('revoked');
  if (!send && !revoke) return null;
  return (
    <div class="row-actions">
      {send && (
        <button
          type="button"
          class="button button--small"
          aria-label={t.refSendDraftTo(name)}
          data-action="send-draft"
          onClick={onSend}
        >
          {t.refSendDraft}
        </button>
      )}
      {revoke && (
        <button
          type="button"
          class="button button--small button--danger-quiet"
          aria-label={t.refRevokeTitle(name)}
          data-action="revoke"
          onClick={onRevoke}
        >
          {t.refRevoke}
        </button>
      )}
    </div>
  );
}
