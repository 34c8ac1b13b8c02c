import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.ts';
import type { Opportunity } from './api.ts';
import {
  checkOpportunityDraft,
  formFieldsOf,
  opportunityDraftOf,
  type OpportunityDraft,
} from './opportunity-draft.ts';

const t = messages.en;
const draft = (over: Partial<OpportunityDraft> = {}): OpportunityDraft => ({
  ...opportunityDraftOf(undefined),
  kind: 'vocational_training',
  title: 'Couture industrielle',
  regionCode: '06',
  provinceCodes: ['141'],
  applyBy: '2026-12-01',
  startsOn: '2026-12-10',
  endsOn: '2027-03-10',
  placesTotal: '20',
  minAge: '18',
  ...over,
});

describe('the opportunity form', () => {
  it('sends what was typed, numbers as numbers, empty fields as nothing', () => {
    const checked = checkOpportunityDraft(
      draft({ childcare: true, languages: ['ar', 'fr'], phone: ' 0522 00 00 00 ' }),
      t,
      false,
    );
    expect(checked).toEqual({
      ok: true,
      providerId: null,
      input: {
        code: null,
        kind: 'vocational_training',
        title: 'Couture industrielle',
        description: '',
        regionCode: '06',
        provinceCodes: ['141'],
        remote: false,
        applyBy: '2026-12-01',
        startsOn: '2026-12-10',
        endsOn: '2027-03-10',
        placesTotal: 20,
        eligibility: {
          minAge: 18,
          maxAge: null,
          schoolingLevel: null,
          literacyRequired: false,
          prerequisites: '',
        },
        conditions: { childcare: true, transport: false, stipend: false },
        languages: ['ar', 'fr'],
        contact: { phone: '0522 00 00 00' },
      },
    });
    // Remote with no region: no provinces are sent.
    const remote = checkOpportunityDraft(
      draft({ regionCode: '', provinceCodes: ['141'], remote: true }),
      t,
      false,
    );
    expect(remote.ok && remote.input.provinceCodes).toEqual([]);
  });

  it('says what to change before anything is sent', () => {
    const checked = checkOpportunityDraft(
      draft({
        kind: '',
        title: 'ab',
        regionCode: '',
        startsOn: '2026-11-30',
        endsOn: '2026-11-01',
        placesTotal: '-1',
        minAge: '30',
        maxAge: '25',
      }),
      t,
      true,
    );
    expect(checked).toEqual({
      ok: false,
      fields: {
        providerId: t.fieldRequired,
        kind: t.fieldRequired,
        title: t.oppErrTitle,
        regionCode: t.oppErrWhere,
        placesTotal: t.oppErrPlaces,
        'eligibility.maxAge': t.oppErrMaxBelowMin,
        startsOn: t.oppErrStartsBeforeDeadline,
        endsOn: t.oppErrEndsBeforeStart,
      },
    });
  });

  it("words the server's refusals as the form names its fields", () => {
    expect(
      formFieldsOf(
        [
          { field: 'body.provinceCodes.2', issue: 'invalid_choice', message: 'Not accepted.' },
          { field: 'body.eligibility.maxAge', issue: 'too_small', message: 'Too small.' },
          { field: 'body.contact.email', issue: 'invalid_format', message: 'Bad format.' },
        ],
        t,
      ),
    ).toEqual({
      provinceCodes: t.oppErrProvince,
      'eligibility.maxAge': t.oppErrMaxBelowMin,
      'contact.email': 'Bad format.',
    });
  });

  it('opens an offer as it is', () => {
    const offer: Opportunity = {
      id: 'x',
      code: 'OFF-1',
      kind: 'training',
      provider: { id: 'p', name: 'ANAPEC' },
      title: 'Atelier',
      description: '',
      regionCode: '06',
      provinceCodes: [],
      remote: true,
      applyBy: null,
      startsOn: null,
      endsOn: null,
      placesTotal: null,
      placesLeft: null,
      eligibility: {
        minAge: 18,
        maxAge: null,
        schoolingLevel: 'secondary',
        literacyRequired: true,
        prerequisites: '',
      },
      conditions: { childcare: false, transport: true, stipend: false },
      languages: ['fr'],
      contact: { email: 'a@b.ma' },
      status: 'open',
      closedReason: null,
      version: 3,
      updatedAt: '2026-11-25T10:00:00.000Z',
      abilities: { canManage: true },
    };
    expect(opportunityDraftOf(offer)).toMatchObject({
      providerId: 'p',
      code: 'OFF-1',
      remote: true,
      placesTotal: '',
      minAge: '18',
      schoolingLevel: 'secondary',
      transport: true,
      email: 'a@b.ma',
    });
  });
});
