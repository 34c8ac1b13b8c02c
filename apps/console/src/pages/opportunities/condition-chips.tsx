import type { JSX } from 'preact';
import { useConsole } from '../../context.ts';
import type { OpportunityConditions } from './api.ts';

/** Small line icons (decorative: the chip's words say it), drawn so no emoji font is needed. */
const ICONS: Readonly<Record<keyof OpportunityConditions, JSX.Element>> = {
  // A child: head and body.
  childcare: (
    <>
      <circle cx="8" cy="4" r="2.2" />
      <path d="M4.5 14v-3.5a3.5 3.5 0 0 1 7 0V14" />
    </>
  ),
  // A bus: body, windows, wheels.
  transport: (
    <>
      <rect x="2.5" y="2.5" width="11" height="9" rx="1.5" />
      <path d="M2.5 7h11" />
      <circle cx="5.5" cy="13" r="1.2" />
      <circle cx="10.5" cy="13" r="1.2" />
    </>
  ),
  // A coin.
  stipend: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v6M6.3 6.5h2.6a1.2 1.2 0 0 1 0 2.4H7.1a1.2 1.2 0 0 0 0 2.4h2.6" />
    </>
  ),
};

/** What comes with an offer, as small chips: an icon and its words. */
export function ConditionChips({ conditions }: { readonly conditions: OpportunityConditions }) {
  const { t } = useConsole();
  const words: Readonly<Record<keyof OpportunityConditions, string>> = {
    childcare: t.chipChildcare,
    transport: t.chipTransport,
    stipend: t.chipStipend,
  };
  const offered = (Object.keys(words) as (keyof OpportunityConditions)[]).filter(
    (key) => conditions[key],
  );
  if (offered.length === 0) return <span class="muted">—</span>;
  return (
    <ul class="tags">
      {offered.map((key) => (
        <li key={key} data-condition={key}>
          <svg
            aria-hidden="true"
            focusable="false"
            width="14"
            height="14"
            viewBox="0 0 16 16"
            fill="none"
            stroke="currentColor"
            stroke-width="1.4"
            stroke-linecap="round"
          >
            {ICONS[key]}
          </svg>{' '}
          {words[key]}
        </li>
      ))}
    </ul>
  );
}
