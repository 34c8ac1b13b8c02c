import { useState } from 'preact/hooks';
import { sendMessage } from '../../api/cases.ts';
import { DateTime } from '../../components/helpline/date-time.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useConsole } from '../../context.ts';
import { localProblem } from '../../forms.ts';
import { useCaseFileContext } from './case-context.ts';
import { CaseSection } from './section.tsx';
import { TemplatePicker } from './template-picker.tsx';
import { useCaseForm } from './use-case-form.ts';

/** Her thread with the helpline (she reads it with her tracking code), and a reply box. */
export function MessagesSection() {
  const { api, t } = useConsole();
  const { view } = useCaseFileContext();
  const [body, setBody] = useState('');
  const { busy, problem, setProblem, submit } = useCaseForm();
  return (
    <CaseSection title={t.messagesTitle} name="messages">
      {view.messages.length === 0 ? (
        <p class="empty">{t.noMessages}</p>
      ) : (
        <ol class="thread">
          {view.messages.map((message) => (
            <li key={message.id} class={`thread__message thread__message--${message.from}`}>
              <p class="cell-note">
                {message.from === 'survivor' ? (
                  t.fromHer
                ) : message.staffName ? (
                  <bdi>{message.staffName}</bdi>
                ) : (
                  t.fromHelpline
                )}{' '}
                — <DateTime iso={message.sentAt} />
              </p>
              <p dir="auto" class="thread__body">
                {message.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {view.abilities.message && (
        <form
          class="stack"
          noValidate
          aria-label={t.replyTitle}
          onSubmit={(event) => {
            event.preventDefault();
            const text = body.trim();
            if (text === '') {
              setProblem(localProblem(t.checkFields, { body: t.fieldRequired }));
              return;
            }
            void submit(
              (version) => sendMessage(api, view.id, version, text),
              t.messageSent,
              () => {
                setBody('');
              },
            );
          }}
        >
          <TemplatePicker onPick={setBody} />
          <TextArea
            label={t.replyTitle}
            name="body"
            hint={t.replyHint}
            value={body}
            rows={4}
            maxLength={2000}
            error={problem?.fields['body']}
            onInput={setBody}
          />
          <FormAlert problem={problem} shownFields={['body']} />
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t.sendMessage}
          </button>
        </form>
      )}
    </CaseSection>
  );
}
