// The alarm sound, made by the Web Audio API (no audio file to fetch or cache): three short
// two-note chimes. Browsers only let a page make sound after a click or a key press on it; the
// sign-in click counts, and any later gesture unlocks it if a reload lost that.

const MUTE_KEY = 'sanad-console-muted';

let audio: AudioContext | undefined;

function context(): AudioContext | undefined {
  if (audio) return audio;
  if (typeof AudioContext === 'undefined') return undefined;
  try {
    audio = new AudioContext();
  } catch {
    return undefined;
  }
  return audio;
}

/** Starts (or resumes) sound; call from a click or key handler. */
export function unlockSound(): void {
  const ctx = context();
  if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined);
}

/** What happened when an alarm asked for sound: heard, muted by her, or held by the browser. */
export type ToneOutcome = 'played' | 'muted' | 'blocked';

export function playAlertTone(muted: boolean): ToneOutcome {
  if (muted) return 'muted';
  const ctx = context();
  if (!ctx) return 'blocked';
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  if (ctx.state !== 'running') return 'blocked';
  const start = ctx.currentTime + 0.05;
  for (let chime = 0; chime < 3; chime += 1) {
    note(ctx, 880, start + chime * 0.6, 0.18);
    note(ctx, 660, start + chime * 0.6 + 0.2, 0.25);
  }
  return 'played';
}

function note(ctx: AudioContext, frequency: number, at: number, length: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + length + 0.02);
}

/** Whether she turned the sound off on this device (remembered across visits). */
export function loadMuted(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function saveMuted(storage: Pick<Storage, 'setItem'> | undefined, muted: boolean): void {
  try {
    storage?.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // Storage refused: the choice lasts for this visit.
  }
}
