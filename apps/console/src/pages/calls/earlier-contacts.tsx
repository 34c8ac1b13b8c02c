import { DateTime } from '../../components/helpline/date-time.tsx';
import { StatusBadge } from '../../components/helpline/status-badge.tsx';
import { UrgencyBadge } from '../../components/helpline/urgency-badge.tsx';
import { useConsole } from '../../context.ts';
import { callOutcomeLabel, channelLabel, contactTypeLabel } from '../../helpline-vocabulary.ts';
import { caseHref } from '../../routing.ts';
import type { Lookup } from './use-phone-lookup.ts';

interface Props {
  readonly lookup: Lookup;
  /** Attach the call being logged to this earlier contact's case. */
  readonly onAttach: (caseId: string, reference: string) => void;
}

/** The number's earlier contacts, right under the field: who she is, before she has to say. */
export function EarlierContacts({ lookup, onAttach }: Props) {
  const { locale, t } = useConsole();
  return (
    <div class="earlier" aria-live="polite" data-earlier-contacts>
      {lookup.kind === 'loading' && <p class="loading">{t.lookingUp}</p>}
      {lookup.kind === 'failed' && <p class="alert alert--error">{lookup.problem.message}</p>}
      {lookup.kind === 'done' &&
        (lookup.earlier.length === 0 ? (
          <p class="muted">{t.noEarlierContacts}</p>
        ) : (
          <>
            <p class="label">{t.earlierContacts(lookup.earlier.length)}</p>
            <ul class="history">
              {lookup.earlier.map((contact) => (
                <li key={contact.contactId} data-earlier-contact={contact.contactId}>
                  <p>
                    <DateTime iso={contact.occurredAt} /> — {contactTypeLabel(contact.type, locale)}
                    , {contact.direction === 'inbound' ? t.inbound : t.outbound},{' '}
                    {channelLabel(contact.channel, locale)}
                    {contact.outcome && ` — ${callOutcomeLabel(contact.outcome, locale)}`}
                  </p>
                  {contact.caseId && contact.caseReference && (
                    <p class="row-actions">
                      <a href={caseHref(contact.caseId)} dir="ltr" class="case-ref">
                        {contact.caseReference}
                      </a>
                      {contact.urgency && <UrgencyBadge urgency={contact.urgency} />}
                      {contact.caseStatus && <StatusBadge status={contact.caseStatus} />}
                      <button
                        type="button"
                        class="button button--small button--secondary"
                        onClick={() => {
                          if (contact.caseId && contact.caseReference) {
                            onAttach(contact.caseId, contact.caseReference);
                          }
                        }}
                      >
                        {t.attachToThisCase}
                      </button>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        ))}
    </div>
  );
}
