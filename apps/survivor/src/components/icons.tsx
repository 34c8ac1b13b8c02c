import type { ComponentChildren } from 'preact';

/** Icon names used by the survivor app: simple line drawings, decorative only. */
export type IconName =
  | 'danger'
  | 'report'
  | 'support'
  | 'follow'
  | 'phone'
  | 'exit'
  | 'back'
  | 'next'
  | 'send'
  | 'location'
  | 'clock'
  | 'person'
  | 'people'
  | 'eye'
  | 'home'
  | 'shield'
  | 'hand'
  | 'chat'
  | 'lock'
  | 'money'
  | 'school'
  | 'child'
  | 'walk'
  | 'question'
  | 'check'
  | 'cross'
  | 'ring'
  | 'screen'
  | 'tool'
  | 'sprout';

const PATHS: Readonly<Record<IconName, ComponentChildren>> = {
  danger: (
    <>
      <path d="M12 3 2 20h20L12 3z" />
      <path d="M12 10v4.5M12 17.5v.01" />
    </>
  ),
  report: (
    <>
      <path d="M4 4h16v12H9l-5 4z" />
      <path d="M8 9h8M8 12h5" />
    </>
  ),
  support: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V4h6v3M3 13h18" />
    </>
  ),
  follow: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 5 5" />
    </>
  ),
  phone: (
    <path d="M6 3h3.5l1.8 4.6-2.4 1.6a11 11 0 0 0 5.9 5.9l1.6-2.4 4.6 1.8V18a3 3 0 0 1-3 3A17 17 0 0 1 3 6a3 3 0 0 1 3-3z" />
  ),
  exit: (
    <>
      <path d="M10 4H4v16h6" />
      <path d="m15 8 4 4-4 4M19 12H9" />
    </>
  ),
  back: <path d="m10 6-6 6 6 6M4 12h16" />,
  next: <path d="m14 6 6 6-6 6M20 12H4" />,
  send: <path d="M3 11 21 3l-8 18-2-8z" />,
  location: (
    <>
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  person: (
    <>
      <circle cx="12" cy="7.5" r="3.5" />
      <path d="M5 21a7 7 0 0 1 14 0" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8" r="3" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M3 20a6 6 0 0 1 12 0M15 14.5a5 5 0 0 1 6 5" />
    </>
  ),
  eye: (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  home: <path d="M3 11 12 4l9 7M5 9.5V20h14V9.5" />,
  shield: <path d="M12 3 4 6v6c0 4.5 3.4 8 8 9 4.6-1 8-4.5 8-9V6z" />,
  hand: (
    <path d="M7 12V6a1.5 1.5 0 0 1 3 0v5M10 11V4.5a1.5 1.5 0 0 1 3 0V11M13 11V5.5a1.5 1.5 0 0 1 3 0V12M16 12V8.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7h-1a6 6 0 0 1-5-2.7L3.5 14a1.5 1.5 0 0 1 2.4-1.8L7 13.5" />
  ),
  chat: <path d="M4 5h16v11H10l-4 4v-4H4z" />,
  lock: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </>
  ),
  money: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="2" />
      <circle cx="12" cy="12" r="2.5" />
    </>
  ),
  school: <path d="m2 9 10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5" />,
  child: (
    <>
      <circle cx="12" cy="6" r="2.5" />
      <path d="M8 11h8M12 9.5V16M9 21l3-5 3 5" />
    </>
  ),
  walk: (
    <>
      <circle cx="13" cy="4.5" r="2" />
      <path d="m9 21 2-6 3 3v3M8 11l3-3.5 3 2 3 .5M11 15l1-6" />
    </>
  ),
  question: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V14M12 17v.01" />
    </>
  ),
  check: <path d="m4 12 5 5L20 6" />,
  cross: <path d="M6 6l12 12M18 6 6 18" />,
  ring: (
    <>
      <circle cx="12" cy="14" r="6" />
      <path d="m9 4 3 4 3-4" />
    </>
  ),
  screen: (
    <>
      <rect x="6" y="2" width="12" height="20" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
  tool: <path d="M14 6a4 4 0 0 0 5 5l-9 9a2 2 0 0 1-3-3l9-9a4 4 0 0 0-2-2z" />,
  sprout: <path d="M12 21v-9M12 12C12 8 9 6 5 6c0 4 3 6 7 6zM12 14c0-3 2.5-5 6-5 0 3-2.5 5-6 5z" />,
};

/** Icons whose meaning is a direction: mirrored when the page is right to left. */
const DIRECTIONAL: ReadonlySet<IconName> = new Set<IconName>(['exit', 'back', 'next', 'send']);

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg
      class={DIRECTIONAL.has(name) ? 'icon icon--directional' : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
