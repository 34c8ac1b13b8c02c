import { describe, expect, it } from 'vitest';
import { offeredSteps, stepNeeds, transitionInputOf } from './step-draft.ts';

describe('lifecycle steps', () => {
  it('offers the allowed steps in the order of the work', () => {
    expect(offeredSteps(['declined', 'revoked', 'accepted'])).toEqual([
      'accepted',
      'declined',
      'revoked',
    ]);
    expect(offeredSteps([])).toEqual([]);
  });

  it('asks a reason to decline or revoke, a note to complete, nothing otherwise', () => {
    expect(stepNeeds('declined')).toBe('reason');
    expect(stepNeeds('revoked')).toBe('reason');
    expect(stepNeeds('completed')).toBe('note');
    expect(stepNeeds('acknowledged')).toBeNull();
  });

  it('puts the words where the step needs them, trimmed', () => {
    expect(transitionInputOf('acknowledged', 3)).toEqual({
      ok: true,
      input: { to: 'acknowledged', version: 3 },
    });
    expect(transitionInputOf('declined', 3, ' No place tonight. ')).toEqual({
      ok: true,
      input: { to: 'declined', version: 3, reason: 'No place tonight.' },
    });
    expect(transitionInputOf('completed', 3, 'Accompanied to the court.')).toEqual({
      ok: true,
      input: { to: 'completed', version: 3, note: 'Accompanied to the court.' },
    });
  });

  it('refuses a step that needs words without them', () => {
    expect(transitionInputOf('declined', 3, '   ')).toEqual({
      ok: false,
      problems: { reason: 'required' },
    });
    expect(transitionInputOf('completed', 3)).toEqual({
      ok: false,
      problems: { note: 'required' },
    });
  });
});
