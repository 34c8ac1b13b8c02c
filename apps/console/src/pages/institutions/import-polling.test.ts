import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import {
  isPassingFailure,
  lastImportId,
  MAX_POLL_MS,
  nextPollDelay,
  POLL_MS,
  rememberLastImport,
} from './import-polling.ts';

describe('following an import', () => {
  it('asks every second, and backs off after each failed read up to half a minute', () => {
    expect(nextPollDelay(0)).toBe(POLL_MS);
    expect([1, 2, 3, 4].map(nextPollDelay)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(nextPollDelay(5)).toBe(MAX_POLL_MS);
    expect(nextPollDelay(40)).toBe(MAX_POLL_MS);
  });

  it('keeps trying through a lost connection or a busy server, not through a refusal', () => {
    const error = (status: number, code: ConstructorParameters<typeof ApiError>[0]['code']) =>
      new ApiError({ status, code });
    expect(isPassingFailure(error(0, 'network_error'))).toBe(true);
    expect(isPassingFailure(error(503, 'internal_error'))).toBe(true);
    expect(isPassingFailure(error(429, 'rate_limited'))).toBe(true);
    expect(isPassingFailure(error(404, 'not_found'))).toBe(false);
    expect(isPassingFailure(error(401, 'unauthenticated'))).toBe(false);
    expect(isPassingFailure(new Error('bug'))).toBe(false);
  });

  it("remembers the tab's last import, and does without storage", () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => {
        kept.set(key, value);
      },
    };
    expect(lastImportId(storage)).toBeUndefined();
    rememberLastImport('0190a0a0-0000-7000-8000-000000000001', storage);
    expect(lastImportId(storage)).toBe('0190a0a0-0000-7000-8000-000000000001');
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => {
      rememberLastImport('x', refusing);
    }).not.toThrow();
    expect(lastImportId(undefined)).toBeUndefined();
  });
});
