import { useMemo, useState } from 'preact/hooks';
import { publicApi, type Outcome } from '../api/client.ts';
import type { Receipt, RequestView } from '../api/types.ts';
import { Icon } from '../components/icons.tsx';
import { Panel } from '../components/panel.tsx';
import { TextField } from '../components/text-field.tsx';
import { fill } from '../i18n/flow-messages/fill.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import type { FlowProps } from './flow-props.ts';
import { OpportunityList } from './opportunity-list.tsx';
import { RequestThread } from './request-thread.tsx';

/** Upper case, separators normalised: codes are read aloud and typed by hand. */
export function normaliseCode(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s_–—]+/g, '-');
}

/** One message for a wrong code or secret, whichever was wrong (the server does not say). */
export function followProblem(outcome: Outcome<unknown>, f: FlowMessages): string | null {
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'unreachable':
      return f.unreachable;
    case 'refused':
      if (outcome.status === 404) return f.follow.notFound;
      if (outcome.status === 429) return fill(f.follow.tooMany, outcome.retryAfter ?? 60);
      return outcome.error.message || f.unreachable;
  }
}

/**
 * "Follow my request": the code and secret she noted, then where the request stands, the
 * opportunities her listener proposed (with her answer on each) and the conversation with her
 * listener. Nothing is kept once she leaves this screen.
 */
export function FollowFlow({ locale, t, pack, onHome }: FlowProps) {
  const { f, words } = pack;
  const api = useMemo(() => publicApi((input, init) => fetch(input, init), locale), [locale]);
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ receipt: Receipt; view: RequestView } | null>(null);
  const [answered, setAnswered] = useState('');

  async function open(receipt: Receipt): Promise<void> {
    setBusy(true);
    const outcome = await api.follow(receipt);
    setBusy(false);
    setProblem(followProblem(outcome, f));
    if (outcome.kind === 'ok') setOpened({ receipt, view: outcome.data });
  }

  if (opened) {
    return (
      <Panel
        title={t.actions.follow.label}
        icon="follow"
        name="follow-request"
        back={{ label: f.follow.leave, onBack: onHome }}
      >
        {opened.view.opportunities.length > 0 ? (
          <OpportunityList
            f={f}
            locale={locale}
            words={words}
            opportunities={opened.view.opportunities}
            announcement={answered}
            onAnswer={async (opportunity, answer) => {
              setAnswered('');
              const outcome = await api.answerOpportunity(
                opened.receipt,
                opportunity.enrolmentId,
                answer,
              );
              if (outcome.kind !== 'ok') return followProblem(outcome, f);
              const { opportunity: now } = outcome.data;
              setOpened((current) =>
                current
                  ? {
                      ...current,
                      view: {
                        ...current.view,
                        opportunities: current.view.opportunities.map((item) =>
                          item.enrolmentId === now.enrolmentId ? now : item,
                        ),
                      },
                    }
                  : current,
              );
              setAnswered(f.opportunities.sent);
              return null;
            }}
          />
        ) : null}
        <RequestThread
          f={f}
          locale={locale}
          view={opened.view}
          onReply={async (body) => {
            const outcome = await api.reply(opened.receipt, body);
            if (outcome.kind !== 'ok') return followProblem(outcome, f);
            await open(opened.receipt);
            return null;
          }}
        />
      </Panel>
    );
  }

  return (
    <Panel
      title={t.actions.follow.label}
      icon="follow"
      name="follow"
      back={{ label: t.back, onBack: onHome }}
    >
      <p>{f.follow.intro}</p>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void open({ trackingCode: normaliseCode(code), secret: normaliseCode(secret) });
        }}
      >
        <TextField
          id="follow-code"
          label={f.follow.code}
          value={code}
          onInput={setCode}
          maxLength={20}
        />
        <TextField
          id="follow-secret"
          label={f.follow.secret}
          value={secret}
          onInput={setSecret}
          maxLength={40}
        />
        {problem ? (
          <p class="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button
          type="submit"
          class="primary"
          disabled={busy || code.trim() === '' || secret.trim() === ''}
        >
          <Icon name="follow" />
          <span>{f.follow.open}</span>
        </button>
      </form>
    </Panel>
  );
}
