import { describe, expect, it } from 'vitest';
import { capacityOf, emptyServiceDraft, localDay, serviceInputOf } from './service-draft.ts';

describe('a service delivered', () => {
  const today = new Date(2026, 10, 22, 15, 30);

  it('starts today, with the first service the referral asked for', () => {
    expect(localDay(today)).toBe('2026-11-22');
    expect(emptyServiceDraft(['accompaniment', 'listening'], today)).toEqual({
      serviceType: 'accompaniment',
      startedOn: '2026-11-22',
      endedOn: '',
      notes: '',
    });
  });

  it('sends only what was filled in, with the version', () => {
    expect(
      serviceInputOf(
        { serviceType: 'shelter', startedOn: '2026-11-22', endedOn: '', notes: '  ' },
        5,
      ),
    ).toEqual({ ok: true, input: { serviceType: 'shelter', startedOn: '2026-11-22', version: 5 } });
    expect(
      serviceInputOf(
        {
          serviceType: 'shelter',
          startedOn: '2026-11-22',
          endedOn: '2026-11-29',
          notes: 'Room 3.',
        },
        5,
      ),
    ).toEqual({
      ok: true,
      input: {
        serviceType: 'shelter',
        startedOn: '2026-11-22',
        endedOn: '2026-11-29',
        notes: 'Room 3.',
        version: 5,
      },
    });
  });

  it('refuses an end before the start, a missing service or start', () => {
    expect(
      serviceInputOf(
        { serviceType: 'shelter', startedOn: '2026-11-22', endedOn: '2026-11-21', notes: '' },
        1,
      ),
    ).toEqual({ ok: false, problems: { endedOn: 'invalid' } });
    expect(serviceInputOf({ serviceType: '', startedOn: '', endedOn: '', notes: '' }, 1)).toEqual({
      ok: false,
      problems: { serviceType: 'required', startedOn: 'required' },
    });
    expect(
      serviceInputOf({ serviceType: 'legal', startedOn: '22/11/2026', endedOn: '', notes: '' }, 1),
    ).toEqual({ ok: false, problems: { startedOn: 'invalid' } });
  });
});

describe('free beds as typed', () => {
  it.each([
    ['3', 3],
    [' 0 ', 0],
    ['12', 12],
    ['', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['beaucoup', undefined],
  ])('%j → %j', (text, value) => {
    expect(capacityOf(text)).toBe(value);
  });
});
