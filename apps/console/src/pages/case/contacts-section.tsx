import { DateTime } from '../../components/helpline/date-time.tsx';
import { useConsole } from '../../context.ts';
import { formatDuration } from '../../helpline-format.ts';
import { callOutcomeLabel, channelLabel, contactTypeLabel } from '../../helpline-vocabulary.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';

/** Every call, walk-in and app contact of the case, newest first. */
export function ContactsSection() {
  const { locale, t } = useConsole();
  const { view } = useCaseFileContext();
  const contacts = [...view.contacts].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <CaseSection title={t.contactsTitle} name="contacts">
      {contacts.length === 0 ? (
        <p class="empty">{t.noContacts}</p>
      ) : (
        <ul class="history">
          {contacts.map((contact) => (
            <li key={contact.id} data-contact-id={contact.id}>
              <p>
                <strong>{contactTypeLabel(contact.type, locale)}</strong> —{' '}
                {contact.direction === 'inbound' ? t.inbound : t.outbound},{' '}
                {channelLabel(contact.channel, locale)}
              </p>
              <p class="cell-note">
                <DateTime iso={contact.occurredAt} />
                {contact.durationSeconds !== null && (
                  <>
                    {' '}
                    — <span dir="ltr">{formatDuration(contact.durationSeconds)}</span>
                  </>
                )}
                {contact.handledBy && (
                  <>
                    {' '}
                    — <bdi>{contact.handledBy.name}</bdi>
                  </>
                )}
                {contact.outcome && <> — {callOutcomeLabel(contact.outcome, locale)}</>}
              </p>
              {contact.notes && (
                <p class="narrative" dir="auto">
                  {contact.notes}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}
