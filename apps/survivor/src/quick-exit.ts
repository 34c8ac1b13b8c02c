/** An ordinary page that gives nothing away if someone looks over her shoulder. */
export const NEUTRAL_URL = 'https://www.google.com/search?q=weather';

/** The parts of `window` quick exit touches, so it can be proved without a browser. */
export interface ExitWindow {
  readonly location: Pick<Location, 'replace'>;
  readonly history: Pick<History, 'replaceState'>;
  readonly sessionStorage: Pick<Storage, 'clear'>;
}

/**
 * Forgets what is on screen before leaving: the app registers its reset here (answers, the
 * receipt being shown, the conversation), so nothing lingers in memory or in a back-forward
 * cached copy of the page.
 */
const wipers = new Set<() => void>();

export function onQuickExit(wipe: () => void): () => void {
  wipers.add(wipe);
  return () => {
    wipers.delete(wipe);
  };
}

/**
 * Leaves Sanad at once. In-memory state is wiped, the current history entry is reset to the
 * bare home page (no screen state), then replaced by the neutral site, so "Back" does not lead
 * to what she was doing. Failures of the clean-up steps never stop the exit itself.
 */
export function quickExit(win: ExitWindow): void {
  for (const wipe of wipers) {
    try {
      wipe();
    } catch {
      // Leaving matters more than a clean state.
    }
  }
  try {
    win.history.replaceState(null, '', '/');
  } catch {
    // A sandboxed or unusual page may refuse: leaving matters more.
  }
  try {
    win.sessionStorage.clear();
  } catch {
    // Storage disabled: nothing to clear.
  }
  win.location.replace(NEUTRAL_URL);
}

/** The key that leaves, from any screen and any field: Escape, without modifiers. */
export function isQuickExitKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'>,
): boolean {
  return (
    (event.key === 'Escape' || event.key === 'Esc') &&
    !event.isComposing &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.shiftKey
  );
}

/**
 * Listens for Escape on the whole document, in the capture phase so no field or dialog can
 * swallow it first. An input method composing text (Arabic, Tifinagh keyboards) may use Escape
 * to cancel, so composing keystrokes are left alone. Returns the function that stops listening.
 */
export function installEscapeExit(
  target: Pick<Document, 'addEventListener' | 'removeEventListener'>,
  exit: () => void,
): () => void {
  const listener = (event: KeyboardEvent) => {
    if (!isQuickExitKey(event)) return;
    event.preventDefault();
    exit();
  };
  target.addEventListener('keydown', listener, { capture: true });
  return () => {
    target.removeEventListener('keydown', listener, { capture: true });
  };
}
