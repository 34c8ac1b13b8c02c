import { useState } from 'preact/hooks';
import type { RequestView } from '../api/types.ts';
import { Icon } from '../components/icons.tsx';
import { TextField } from '../components/text-field.tsx';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import { HTML_LANG, type Locale } from '../i18n/locale.ts';

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(HTML_LANG[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date);
  } catch {
    return date.toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** Where the request stands, what comes next, and the messages with her listener. */
export function RequestThread({
  f,
  locale,
  view,
  onReply,
}: {
  readonly f: FlowMessages;
  readonly locale: Locale;
  readonly view: RequestView;
  /** Sends her message; resolves to a problem to show, or null once sent. */
  readonly onReply: (body: string) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const status = f.follow.statuses[view.status];
  return (
    <>
      <div class="status" data-status={view.status}>
        <h2>{f.follow.status}</h2>
        <p class="status__label">
          <Icon name={view.status === 'closed' ? 'check' : 'clock'} />
          <strong>{status.label}</strong>
          <span class="hint">
            {f.follow.since} {formatDate(view.statusSince, locale)}
          </span>
        </p>
        <p>{status.next}</p>
        {view.progress.length > 1 ? (
          <>
            <h3>{f.follow.progressTitle}</h3>
            <ol class="progress-steps" data-progress>
              {view.progress.map((entry) => (
                <li key={entry.step} data-step={entry.step}>
                  <span>{f.follow.steps[entry.step]}</span>{' '}
                  <span class="hint">{formatDate(entry.at, locale)}</span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      <section class="thread" aria-labelledby="thread-title">
        <h2 id="thread-title">{f.follow.thread}</h2>
        {view.messages.length === 0 ? (
          <p class="hint" data-empty-thread>
            {f.follow.emptyThread}
          </p>
        ) : (
          <ol class="thread__list">
            {view.messages.map((message) => (
              <li key={message.id} class={`message message--${message.from}`}>
                <p class="message__meta">
                  <strong>
                    {message.from === 'survivor' ? f.follow.fromYou : f.follow.fromListener}
                  </strong>{' '}
                  <span>{formatDate(message.sentAt, locale)}</span>
                </p>
                <p dir="auto" class="message__body">
                  {message.body}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {view.status === 'closed' ? null : (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const body = draft.trim();
            if (body === '' || sending) return;
            setSending(true);
            void onReply(body).then((found) => {
              setSending(false);
              setProblem(found);
              if (!found) setDraft('');
            });
          }}
        >
          <TextField
            id="reply"
            multiline
            label={f.follow.reply}
            value={draft}
            maxLength={2000}
            onInput={setDraft}
          />
          {problem ? (
            <p class="form-error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" class="primary" disabled={sending || draft.trim() === ''}>
            <Icon name="send" />
            <span>{f.follow.replySend}</span>
          </button>
        </form>
      )}
    </>
  );
}
