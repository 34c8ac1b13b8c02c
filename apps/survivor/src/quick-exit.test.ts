import { describe, expect, it } from 'vitest';
import {
  installEscapeExit,
  isQuickExitKey,
  NEUTRAL_URL,
  onQuickExit,
  quickExit,
} from './quick-exit.ts';

describe('quickExit', () => {
  it('resets the history entry, clears session storage, then replaces the page', () => {
    const calls: string[] = [];
    quickExit({
      history: {
        replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
          calls.push(`history:${String(url)}`);
        },
      },
      sessionStorage: {
        clear: () => {
          calls.push('session:clear');
        },
      },
      location: {
        replace: (url: string | URL) => {
          calls.push(`replace:${String(url)}`);
        },
      },
    });
    expect(calls).toEqual(['history:/', 'session:clear', `replace:${NEUTRAL_URL}`]);
  });

  it('still leaves when the clean-up steps fail', () => {
    let left = '';
    quickExit({
      history: {
        replaceState: () => {
          throw new Error('refused');
        },
      },
      sessionStorage: {
        clear: () => {
          throw new Error('refused');
        },
      },
      location: {
        replace: (url: string | URL) => {
          left = String(url);
        },
      },
    });
    expect(left).toBe(NEUTRAL_URL);
  });
});

describe('Escape leaves from anywhere', () => {
  const key = (over: Partial<KeyboardEvent>) =>
    ({
      key: 'Escape',
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      isComposing: false,
      ...over,
    }) as KeyboardEvent;

  it('is Escape alone, never while an input method is composing', () => {
    expect(isQuickExitKey(key({}))).toBe(true);
    expect(isQuickExitKey(key({ key: 'Esc' }))).toBe(true);
    expect(isQuickExitKey(key({ isComposing: true }))).toBe(false);
    expect(isQuickExitKey(key({ ctrlKey: true }))).toBe(false);
    expect(isQuickExitKey(key({ key: 'Enter' }))).toBe(false);
  });

  it('listens in the capture phase, exits, and can stop listening', () => {
    let listener: ((event: KeyboardEvent) => void) | undefined;
    let options: unknown;
    const target = {
      addEventListener: (_type: string, l: (event: KeyboardEvent) => void, o: unknown) => {
        listener = l;
        options = o;
      },
      removeEventListener: () => {
        listener = undefined;
      },
    } as unknown as Document;
    let exits = 0;
    let prevented = false;
    const stop = installEscapeExit(target, () => {
      exits += 1;
    });
    expect(options).toEqual({ capture: true });
    listener?.(
      key({
        preventDefault: () => {
          prevented = true;
        },
      }),
    );
    listener?.(key({ key: 'a', preventDefault: () => undefined }));
    expect(exits).toBe(1);
    expect(prevented).toBe(true);
    stop();
    expect(listener).toBeUndefined();
  });

  it('wipes the in-memory state before leaving', () => {
    const calls: string[] = [];
    const stop = onQuickExit(() => calls.push('wipe'));
    quickExit({
      history: { replaceState: () => calls.push('history') },
      sessionStorage: { clear: () => calls.push('session') },
      location: { replace: () => calls.push('replace') },
    });
    stop();
    expect(calls).toEqual(['wipe', 'history', 'session', 'replace']);
  });
});
