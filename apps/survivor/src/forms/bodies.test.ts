import { describe, expect, it } from 'vitest';
import {
  cleanPhone,
  EMPTY_REPORT,
  EMPTY_SUPPORT,
  EMPTY_URGENT,
  fieldMessages,
  reportBody,
  supportBody,
  urgentBody,
} from './bodies.ts';

describe('form answers → request bodies', () => {
  it('sends an untouched urgent screen as the smallest valid report', () => {
    expect(urgentBody(EMPTY_URGENT, 'ar')).toEqual({
      kind: 'urgent',
      language: 'ar',
      reporter: 'self',
      consents: { care: true, sharing: false, statistics: false, location: false },
    });
  });

  it('sends her position only with its own consent, and then no province', () => {
    const body = urgentBody(
      {
        ...EMPTY_URGENT,
        position: { latitude: 33.57, longitude: -7.59, accuracyMeters: 12.6 },
        provinceCode: '141',
        phone: ' 06 12-34.56 78 ',
        window: 'evening',
      },
      'fr',
    );
    expect(body.location).toEqual({ latitude: 33.57, longitude: -7.59, accuracyMeters: 13 });
    expect(body.provinceCode).toBeUndefined();
    expect(body.consents.location).toBe(true);
    expect(body.contact).toEqual({ phone: '0612345678', window: 'evening' });
  });

  it('uses the province when no position was given', () => {
    const body = urgentBody({ ...EMPTY_URGENT, provinceCode: '541' }, 'en');
    expect(body.provinceCode).toBe('541');
    expect(body.location).toBeUndefined();
    expect(body.consents.location).toBe(false);
  });

  it('maps a full violence report, dropping unanswered questions and trimming text', () => {
    const body = reportBody(
      {
        ...EMPTY_REPORT,
        reporter: 'relative',
        harms: ['hit_or_hurt', 'threats_or_insults'],
        when: 'this_week',
        perpetrator: 'husband',
        regionCode: '06',
        provinceCode: '141',
        areaType: 'urban',
        safeNow: 'no',
        risk: { choking: 'yes', weapon_used_or_threatened: 'unknown' },
        narrative: '  ',
        contact: {
          phone: '+212 6 00 00 00 00',
          method: 'call',
          window: 'morning',
          codeWord: ' ward ',
        },
        consents: { care: true, sharing: true, statistics: false },
      },
      'fr',
    );
    expect(body).toEqual({
      kind: 'violence',
      language: 'fr',
      reporter: 'relative',
      provinceCode: '141',
      areaType: 'urban',
      safeNow: 'no',
      harms: ['hit_or_hurt', 'threats_or_insults'],
      when: 'this_week',
      perpetrator: 'husband',
      risk: { choking: 'yes', weapon_used_or_threatened: 'unknown' },
      contact: { phone: '+212600000000', method: 'call', window: 'morning', codeWord: 'ward' },
      consents: { care: true, sharing: true, statistics: false, location: false },
    });
  });

  it('sends only "do not contact me" when she chose it, whatever was typed before', () => {
    const body = reportBody(
      {
        ...EMPTY_REPORT,
        contact: { phone: '0600000000', method: 'none', window: 'morning', codeWord: 'x' },
      },
      'ar',
    );
    expect(body.contact).toEqual({ method: 'none' });
  });

  it('maps a support request with its constraints', () => {
    expect(
      supportBody(
        {
          ...EMPTY_SUPPORT,
          seeking: ['job', 'training'],
          provinceCode: '541',
          ageBand: 'age_25_34',
          schooling: 'primary',
          skills: ' couture ',
          childcare: true,
          consents: { care: true, sharing: false, statistics: true },
        },
        'zgh',
      ),
    ).toEqual({
      language: 'zgh',
      seeking: ['job', 'training'],
      provinceCode: '541',
      ageBand: 'age_25_34',
      schooling: 'primary',
      skills: 'couture',
      constraints: { childcare: true },
      consents: { care: true, sharing: false, statistics: true },
    });
  });

  it('cleans phone numbers and keeps the first server message per field', () => {
    expect(cleanPhone(' +212 (6) 12 ')).toBe('+212612');
    expect(cleanPhone('  ')).toBe('');
    expect(
      fieldMessages([
        { field: 'contact.phone', message: 'not a phone' },
        { field: 'harms.1', message: 'unknown' },
        { field: 'harms.2', message: 'again' },
      ]),
    ).toEqual({ 'contact.phone': 'not a phone', harms: 'unknown' });
  });
});
