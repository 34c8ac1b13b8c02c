import { useEffect, useRef, useState } from 'preact/hooks';
import { deviceStorage } from '../i18n/locale.ts';
import {
  loadMuted,
  playAlertTone,
  saveMuted,
  unlockSound,
  type ToneOutcome,
} from './alert-tone.ts';
import {
  applyReferralToAttention,
  applyToAttention,
  isAlarm,
  type Attention,
} from './attention.ts';
import { useLiveSignals } from './live-context.ts';

/**
 * What needs attention now, from the live stream, with the alarm sound: a tone for each new
 * urgent alert or emergency referral (unless muted), at most one every 3 s (a replay after a reconnection brings
 * several at once).
 */
export function useAttention(): {
  readonly items: readonly Attention[];
  readonly dismiss: (key: string) => void;
  readonly muted: boolean;
  readonly setMuted: (muted: boolean) => void;
  readonly lastTone: ToneOutcome | undefined;
} {
  const [items, setItems] = useState<readonly Attention[]>([]);
  const [muted, setMutedState] = useState(() => loadMuted(deviceStorage()));
  const [lastTone, setLastTone] = useState<ToneOutcome>();
  const latest = useRef<readonly Attention[]>([]);
  const lastToneAt = useRef(0);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  // Sound may only start after a gesture on the page: any click or key unlocks it.
  useEffect(() => {
    const unlock = () => {
      unlockSound();
    };
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    return () => {
      document.removeEventListener('pointerdown', unlock, true);
      document.removeEventListener('keydown', unlock, true);
    };
  }, []);

  useLiveSignals((signal) => {
    if (signal.type !== 'event' && signal.type !== 'referral') return;
    const before = latest.current;
    const after =
      signal.type === 'event'
        ? applyToAttention(before, signal.event)
        : applyReferralToAttention(before, signal.event);
    latest.current = after;
    setItems(after);
    const raised = after.some(
      (item) => isAlarm(item) && !before.some((old) => old.key === item.key),
    );
    if (raised && Date.now() - lastToneAt.current > 3000) {
      lastToneAt.current = Date.now();
      setLastTone(playAlertTone(mutedRef.current));
    }
  });

  return {
    items,
    dismiss: (key) => {
      latest.current = latest.current.filter((item) => item.key !== key);
      setItems(latest.current);
    },
    muted,
    setMuted: (next) => {
      saveMuted(deviceStorage(), next);
      setMutedState(next);
      if (!next) unlockSound();
    },
    lastTone,
  };
}
