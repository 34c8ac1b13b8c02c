import type { EmergencyNumber } from '../emergency/numbers.ts';
import type { Locale } from '../i18n/locale.ts';
import type { JourneyPack } from '../i18n/pack.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Outbox } from '../offline/outbox.ts';

/** What every journey receives from the app shell. */
export interface FlowProps {
  readonly locale: Locale;
  readonly t: Messages;
  /** The journeys' words in `locale` (already on the phone when a journey renders). */
  readonly pack: JourneyPack;
  /** The emergency numbers in use (the server's list once fetched, else the built-in one). */
  readonly numbers: readonly EmergencyNumber[];
  /** Back to the home screen; everything the journey held is dropped with it. */
  readonly onHome: () => void;
  readonly outbox: () => Promise<Outbox | null>;
  /** Something was put in the outbox: the home screen should say so. */
  readonly onKept: () => void;
}
