import { describe, expect, it } from 'vitest';
import type { InstitutionRecord } from '../../api/admin.ts';
import { ApiError } from '../../api/client.ts';
import {
  checkInstitutionDraft,
  formFieldsOf,
  institutionDraftOf,
  type InstitutionDraft,
} from './institution-draft.ts';
import { changesNothing, currentVersionOf, updateOf } from './institution-update.ts';
import {
  checkSchedule,
  EMPTY_WEEK,
  normalisedDay,
  OFFICE_WEEK,
  scheduleDraftOf,
  scheduleSummary,
} from './schedule-draft.ts';

const messages = {
  fieldRequired: 'required',
  hoursRequired: 'hours required',
  hoursDayFormat: 'day format',
  focalEmailFormat: 'email format',
};

const shelter: InstitutionRecord = {
  id: 'i1',
  code: 'CHF-06',
  name: 'Centre Dar Al Amane',
  type: 'shelter',
  agency: 'Entraide Nationale',
  regionCode: '06',
  provinceCode: '141',
  coverage: ['141'],
  areaTypes: ['urban'],
  services: ['shelter'],
  open247: false,
  openingHours: { days: 'mon-fri', weekdays: '08:30-12:00,14:00-16:30' },
  capacityTotal: 20,
  capacityFree: 4,
  contact: { phone: '0522000000' },
  focalPoints: [{ name: 'Latifa Bennani', role: 'Directrice' }],
  active: true,
  version: 3,
  abilities: { update: true },
};

describe('the opening hours editor', () => {
  it('shows stored hours of either shape, day by day', () => {
    expect(scheduleDraftOf(shelter.openingHours)).toEqual({
      ...EMPTY_WEEK,
      mon: '08:30-12:00, 14:00-16:30',
      tue: '08:30-12:00, 14:00-16:30',
      wed: '08:30-12:00, 14:00-16:30',
      thu: '08:30-12:00, 14:00-16:30',
      fri: '08:30-12:00, 14:00-16:30',
    });
    expect(scheduleDraftOf({ week: { sat: ['09:00-12:00'] } })).toEqual({
      ...EMPTY_WEEK,
      sat: '09:00-12:00',
    });
    expect(scheduleDraftOf({ days: 'someday', weekdays: 'x' })).toEqual(EMPTY_WEEK);
    expect(scheduleDraftOf(undefined)).toEqual(EMPTY_WEEK);
  });

  it('reads hours as people type them', () => {
    expect(normalisedDay(' 8h30 – 16h30 ')).toBe('8:30-16:30');
    expect(normalisedDay('08:30 - 12:00 , 14h - 16h30')).toBe('08:30-12:00,14:00-16:30');
  });

  it('sends what core reads, and names each day it cannot read', () => {
    expect(checkSchedule({ ...OFFICE_WEEK, sat: '9h-12h' })).toEqual({
      ok: true,
      hours: {
        week: {
          mon: '08:30-16:30',
          tue: '08:30-16:30',
          wed: '08:30-16:30',
          thu: '08:30-16:30',
          fri: '08:30-16:30',
          sat: '09:00-12:00',
        },
      },
    });
    expect(checkSchedule({ ...OFFICE_WEEK, tue: 'morning', sun: '18:00-08:00' })).toEqual({
      ok: false,
      days: ['tue', 'sun'],
      empty: false,
    });
    expect(checkSchedule(EMPTY_WEEK)).toEqual({ ok: false, days: [], empty: true });
  });

  it('sums the week up for the table, grouping days with the same hours', () => {
    const name = (day: string) => day.slice(0, 1).toUpperCase() + day.slice(1);
    expect(scheduleSummary({ week: { ...OFFICE_WEEK, sat: '09:00-12:00' } }, name)).toBe(
      'Mon–Fri 08:30-16:30 · Sat 09:00-12:00',
    );
    expect(scheduleSummary({ days: 'mon,wed', weekdays: '09:00-12:00' }, name)).toBe(
      'Mon 09:00-12:00 · Wed 09:00-12:00',
    );
    expect(scheduleSummary({ week: {} }, name)).toBeNull();
  });
});

describe('the institution form', () => {
  const draft = (change: Partial<InstitutionDraft> = {}): InstitutionDraft => ({
    ...institutionDraftOf(shelter),
    ...change,
  });

  it('sends trimmed values, the hours per day, and focal points without empty fields', () => {
    const checked = checkInstitutionDraft(
      draft({
        code: ' CHF-06 ',
        focalPoints: [
          { name: ' Latifa Bennani ', role: 'Directrice', phone: '', email: ' l.b@amane.ma ' },
          { name: '', role: '', phone: '', email: '' },
        ],
      }),
      messages,
    );
    expect(checked).toMatchObject({
      ok: true,
      input: {
        code: 'CHF-06',
        areaTypes: ['urban'],
        open247: false,
        openingHours: {
          week: {
            mon: '08:30-12:00,14:00-16:30',
            fri: '08:30-12:00,14:00-16:30',
          },
        },
        focalPoints: [{ name: 'Latifa Bennani', role: 'Directrice', email: 'l.b@amane.ma' }],
        capacityTotal: 20,
        contact: { phone: '0522000000' },
      },
    });
  });

  it('sends no hours for a 24/7 institution, whatever the week holds', () => {
    const checked = checkInstitutionDraft(draft({ open247: true }), messages);
    expect(checked.ok && checked.input.openingHours).toBeNull();
  });

  it('names each problem where the server would name it', () => {
    expect(
      checkInstitutionDraft(
        draft({
          type: '',
          areaTypes: [],
          schedule: { ...EMPTY_WEEK, wed: 'all day' },
          focalPoints: [{ name: 'X', role: '', phone: '', email: 'nobody' }],
        }),
        messages,
      ),
    ).toEqual({
      ok: false,
      fields: {
        type: 'required',
        areaTypes: 'required',
        'openingHours.wed': 'day format',
        'focalPoints.0.role': 'required',
        'focalPoints.0.email': 'email format',
      },
    });
    expect(checkInstitutionDraft(draft({ schedule: EMPTY_WEEK }), messages)).toEqual({
      ok: false,
      fields: { openingHours: 'hours required' },
    });
  });

  it('clears on an edit what was emptied, and sends nothing else', () => {
    const checked = checkInstitutionDraft(
      draft({ code: '', provinceCode: '', capacityTotal: '' }),
      messages,
    );
    if (!checked.ok) throw new Error('refused');
    expect(updateOf(checked.input, shelter)).toEqual({
      version: 3,
      code: null,
      provinceCode: null,
      capacityTotal: null,
    });
  });

  it('sends only the fields changed, with the version the form was opened at', () => {
    const unchanged = checkInstitutionDraft(draft(), messages);
    if (!unchanged.ok) throw new Error('refused');
    // Hours stored as `{ days, weekdays }` come back from the week editor day by day: the same.
    expect(updateOf(unchanged.input, shelter)).toEqual({ version: 3 });
    const typed = checkInstitutionDraft(
      draft({
        name: 'Centre Dar Al Amane Casablanca',
        coverage: ['181', '141'],
        email: 'contact@amane.ma',
        focalPoints: [
          ...institutionDraftOf(shelter).focalPoints,
          { name: 'Hind Tazi', role: 'Juriste', phone: '', email: '' },
        ],
      }),
      messages,
    );
    if (!typed.ok) throw new Error('refused');
    expect(updateOf(typed.input, shelter, 5)).toEqual({
      version: 5,
      name: 'Centre Dar Al Amane Casablanca',
      coverage: ['181', '141'],
      contact: { phone: '0522000000', email: 'contact@amane.ma' },
      focalPoints: [
        { name: 'Latifa Bennani', role: 'Directrice' },
        { name: 'Hind Tazi', role: 'Juriste' },
      ],
    });
    expect(changesNothing(updateOf(unchanged.input, shelter))).toBe(true);
    // Open day and night now: the stored hours are cleared.
    const always = checkInstitutionDraft(draft({ open247: true }), messages);
    if (!always.ok) throw new Error('refused');
    expect(updateOf(always.input, shelter)).toEqual({
      version: 3,
      open247: true,
      openingHours: null,
    });
  });

  it('reads the current version out of a 409 stale_version, and nothing else', () => {
    const stale = new ApiError({ status: 409, code: 'stale_version', current: { version: 7 } });
    expect(currentVersionOf(stale)).toBe(7);
    expect(currentVersionOf(new ApiError({ status: 409, code: 'conflict' }))).toBeUndefined();
    expect(currentVersionOf(new Error('x'))).toBeUndefined();
  });

  it('keeps each focal point problem on the fieldset it is about, after an empty one', () => {
    const blankFirst = draft({
      focalPoints: [
        { name: '', role: '', phone: '', email: '' },
        { name: 'Latifa Bennani', role: 'Directrice', phone: '', email: '' },
        { name: 'Hind Tazi', role: '', phone: '', email: 'hind' },
      ],
    });
    expect(checkInstitutionDraft(blankFirst, messages)).toEqual({
      ok: false,
      fields: { 'focalPoints.2.role': 'required', 'focalPoints.2.email': 'email format' },
    });
    const fixed = checkInstitutionDraft(
      draft({
        focalPoints: [
          { name: '', role: '', phone: '', email: '' },
          { name: 'Latifa Bennani', role: 'Directrice', phone: '', email: '' },
          { name: 'Hind Tazi', role: 'Juriste', phone: '061', email: '' },
        ],
      }),
      messages,
    );
    if (!fixed.ok) throw new Error('refused');
    expect(fixed.focalPointPositions).toEqual([1, 2]);
    // The server refuses the second one it received: that is the form's third.
    expect(
      formFieldsOf(
        { 'focalPoints.1.phone': 'too short', name: 'taken', 'focalPoints.1': 'x' },
        fixed.focalPointPositions,
      ),
    ).toEqual({ 'focalPoints.2.phone': 'too short', name: 'taken', 'focalPoints.2': 'x' });
  });
});
