import { useState } from 'preact/hooks';
import type { OpportunityAnswer } from '../api/types.ts';
import { Icon, type IconName } from '../components/icons.tsx';
import { fill } from '../i18n/flow-messages/fill.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';

type Choice = 'share' | 'call' | 'no';

const ANSWERS: Readonly<Record<Choice, OpportunityAnswer>> = {
  share: { interested: true, shareWithProvider: true },
  call: { interested: true, shareWithProvider: false },
  no: { interested: false, shareWithProvider: false },
};

const ICONS: Readonly<Record<Choice, IconName>> = { share: 'send', call: 'phone', no: 'cross' };

/**
 * Her answer on one opportunity, as three large choices with an icon and a plain line under
 * each: "yes, pass my request to <organisation>" says that her request goes to that
 * organisation and no other; "yes, but call me first" and "no, thank you" send nothing on.
 * Real radio buttons, so keyboards and screen readers work without any script of ours.
 */
export function OpportunityAnswerForm({
  f,
  enrolmentId,
  provider,
  onAnswer,
}: {
  readonly f: FlowMessages;
  readonly enrolmentId: string;
  readonly provider: string;
  /** Sends her answer; resolves to a problem to show, or null once sent. */
  readonly onAnswer: (answer: OpportunityAnswer) => Promise<string | null>;
}) {
  const o = f.opportunities;
  const [choice, setChoice] = useState<Choice | ''>('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = `answer-${enrolmentId}`;
  const words: Readonly<Record<Choice, { label: string; hint: string }>> = {
    share: { label: fill(o.yesShare, provider), hint: fill(o.yesShareHint, provider) },
    call: { label: o.yesCall, hint: o.yesCallHint },
    no: { label: o.no, hint: o.noHint },
  };
  return (
    <form
      class="form"
      noValidate
      data-answer-form={enrolmentId}
      onSubmit={(event) => {
        event.preventDefault();
        if (sending) return;
        if (choice === '') {
          setProblem(o.chooseFirst);
          return;
        }
        setSending(true);
        void onAnswer(ANSWERS[choice]).then((found) => {
          setSending(false);
          setProblem(found);
        });
      }}
    >
      <fieldset class="choices" aria-describedby={problem ? `${name}-error` : undefined}>
        <legend>{o.question}</legend>
        <ul class="choices__list">
          {(['share', 'call', 'no'] as const).map((code) => (
            <li key={code}>
              <label class="choice choice--consent">
                <input
                  type="radio"
                  name={name}
                  value={code}
                  checked={choice === code}
                  data-answer={code}
                  onChange={() => {
                    setChoice(code);
                    setProblem(null);
                  }}
                />
                <Icon name={ICONS[code]} />
                <span>
                  <strong>{words[code].label}</strong>
                  <span class="hint">{words[code].hint}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {problem ? (
        <p class="form-error" role="alert" id={`${name}-error`}>
          {problem}
        </p>
      ) : null}
      <button type="submit" class="primary" disabled={sending} data-action="send-answer">
        <Icon name="send" />
        <span>{o.send}</span>
      </button>
    </form>
  );
}
