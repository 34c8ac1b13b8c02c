import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import {
  isPassingFailure,
  MAX_POLL_MS,
  nextPollDelay,
  POLL_MS,
  rememberedImport,
  rememberImport,
} from './polling.ts';

describe('following an import', () => {
  it('asks every second, and backs off after each failed read up to half a minute', () => {
    expect(nextPollDelay(0)).toBe(POLL_MS);
    expect([1, 2, 3, 4].map(nextPollDelay)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(nextPollDelay(5)).toBe(MAX_POLL_MS);
  });

  it('keeps trying through a lost connection or a busy server, not through a refusal', () => {
    const error = (status: number, code: ConstructorParameters<typeof ApiError>[0]['code']) =>
      new ApiError({ status, code });
    expect(isPassingFailure(error(0, 'network_error'))).toBe(true);
    expect(isPassingFailure(error(502, 'internal_error'))).toBe(true);
    expect(isPassingFailure(error(404, 'not_found'))).toBe(false);
    expect(isPassingFailure(new Error('bug'))).toBe(false);
  });

  it("keeps each catalogue's last import apart, and does without storage", () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => {
        kept.set(key, value);
      },
    };
    rememberImport('a', 'import-of-a', storage);
    rememberImport('b', 'import-of-b', storage);
    expect(rememberedImport('a', storage)).toBe('import-of-a');
    expect(rememberedImport('b', storage)).toBe('import-of-b');
    expect(rememberedImport('c', storage)).toBeUndefined();
    expect(rememberedImport('a', undefined)).toBeUndefined();
  });
});
