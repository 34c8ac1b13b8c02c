import { useState } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import { CandidatesSection } from '../pathway/candidates-section.tsx';
import type { Me } from '../../api/types.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConsole } from '../../context.ts';
import { urgencyLabel } from '../../helpline-vocabulary.ts';
import { payloadString } from '../../live/live-events.ts';
import { inboxHref } from '../../routing.ts';
import type { InboxTab } from '../referrals/referral-order.ts';
import { CapacityEditor } from './capacity-editor.tsx';
import { InboxTable } from './inbox-table.tsx';
import { useInbox } from './use-inbox.ts';

/**
 * The receiving institution's inbox: referrals addressed to it, open ones with the nearest
 * deadline first (overdue marked), closed ones newest first; each opens on the referral page.
 * A referral received is announced to screen readers as it arrives.
 */
export function InboxPage({ me, tab }: { readonly me: Me; readonly tab: InboxTab }) {
  const { locale, t } = useConsole();
  const [announcement, setAnnouncement] = useState('');
  const { state, refresh } = useInbox(tab, (event) => {
    const urgency = payloadString(event.payload, 'urgency');
    setAnnouncement(t.inboxReceivedAnnounced(urgency ? urgencyLabel(urgency, locale) : ''));
  });
  const tabs: { tab: InboxTab; label: string }[] = [
    { tab: 'open', label: t.inboxTabOpen },
    { tab: 'closed', label: t.inboxTabClosed },
  ];
  return (
    <div class="page inbox-page" data-inbox-tab={tab}>
      <div class="page-head">
        <PageHeading>{t.inboxTitle}</PageHeading>
      </div>
      {state.institution && (
        <p class="lead">
          <bdi>{state.institution.name}</bdi>
        </p>
      )}
      <p class="visually-hidden" aria-live="polite" data-inbox-announcement>
        {announcement}
      </p>
      {state.institution && canDo(me, 'directory.update_capacity') && (
        <CapacityEditor institution={state.institution} />
      )}
      <nav class="tabs" aria-label={t.inboxTabsLabel}>
        <ul>
          {tabs.map((item) => (
            <li key={item.tab}>
              <a
                href={inboxHref(item.tab)}
                aria-current={item.tab === tab ? 'page' : undefined}
                data-inbox-tab-link={item.tab}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {state.referrals === undefined ? (
        state.problem ? (
          <LoadFailure problem={state.problem} onRetry={refresh} />
        ) : (
          <p class="loading" role="status">
            {t.loading}
          </p>
        )
      ) : (
        <>
          {state.problem && <FormAlert problem={state.problem} />}
          <p class="count">{t.inboxCount(state.referrals.length)}</p>
          <InboxTable
            referrals={state.referrals}
            caption={tab === 'open' ? t.inboxCaptionOpen : t.inboxCaptionClosed}
            empty={tab === 'open' ? t.inboxEmptyOpen : t.inboxEmptyClosed}
          />
        </>
      )}
      {canDo(me, 'enrolment.respond') && <CandidatesSection view={tab} />}
    </div>
  );
}
