import { ENROLMENT_STEPS, enrolmentStatuses } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import type { EnrolmentView } from '../../api/pathway-types.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { datedSteps, enrolmentPlain, stepButton, stepNeedsDialog } from './enrolment-wording.ts';

describe('an enrolment in words', () => {
  it.each(LOCALES)('says every status and names every step in %s', (locale) => {
    const t = messages[locale];
    const plain = enrolmentStatuses.codes.map((status) => enrolmentPlain(status, t));
    expect(new Set(plain).size).toBe(plain.length);
    const buttons = ENROLMENT_STEPS.map((step) => stepButton(step, t));
    expect(new Set(buttons.map((b) => b.label)).size).toBe(buttons.length);
    expect(new Set(buttons.map((b) => b.action)).size).toBe(buttons.length);
    expect(enrolmentPlain('someday', t)).toBe('someday');
  });

  it('asks for words only to refer her (her consent) and to stop (why)', () => {
    expect(ENROLMENT_STEPS.filter(stepNeedsDialog)).toEqual(['refer', 'drop']);
  });

  it('dates the steps reached, in the order of the path', () => {
    const at = (hour: number) => `2026-03-0${String(hour)}T10:00:00.000Z`;
    const enrolment = {
      proposedAt: at(1),
      interestedAt: at(2),
      referredAt: at(2),
      appliedAt: null,
      enrolledAt: at(4),
      completedOn: '2026-03-08',
      droppedAt: null,
    } as EnrolmentView;
    expect(datedSteps(enrolment).map((step) => [step.status, step.kind])).toEqual([
      ['proposed', 'moment'],
      ['interested', 'moment'],
      ['referred', 'moment'],
      ['enrolled', 'moment'],
      ['completed', 'day'],
    ]);
  });
});
