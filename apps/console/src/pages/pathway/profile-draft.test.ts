import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../api/pathway-types.ts';
import { draftOf, profileInputOf, toggleCode } from './profile-draft.ts';

/** Her profile as her support request gives it: literacy, availability, languages unknown. */
const FROM_REQUEST: ProfileView = {
  profile: {
    seeking: ['training', 'vocational_training'],
    provinceCode: '141',
    regionCode: '06',
    ageBand: 'age_25_34',
    schooling: 'secondary',
    literate: null,
    needsChildcare: true,
    mobility: 'region',
    availability: null,
    languages: [],
  },
  skills: null,
  version: 0,
  source: 'request',
  missing: ['literacy', 'availability'],
};

describe('her profile of needs in the form', () => {
  it('saves what she said unchanged, and keeps "not asked" apart from "no"', () => {
    const input = profileInputOf(draftOf(FROM_REQUEST), FROM_REQUEST.version);
    expect(input).toEqual({
      seeking: ['training', 'vocational_training'],
      provinceCode: '141',
      ageBand: 'age_25_34',
      schooling: 'secondary',
      literate: null,
      needsChildcare: true,
      mobility: 'region',
      availability: null,
      languages: [],
      skills: null,
      version: 0,
    });
  });

  it('turns the answers of a call into the body, blanks into null', () => {
    const draft = {
      ...draftOf(FROM_REQUEST),
      literate: 'no' as const,
      availability: 'mornings' as const,
      provinceCode: '',
      skills: '  couture, cuisine  ',
    };
    const input = profileInputOf(draft, 3);
    expect(input.literate).toBe(false);
    expect(input.availability).toBe('mornings');
    expect(input.provinceCode).toBeNull();
    expect(input.skills).toBe('couture, cuisine');
    expect(input.version).toBe(3);
    expect(profileInputOf({ ...draft, literate: 'yes' }, 3).literate).toBe(true);
  });

  it('adds and removes a choice in the vocabulary’s order', () => {
    const order = ['a', 'b', 'c'] as const;
    expect(toggleCode(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggleCode(['a', 'c'], 'a', false, order)).toEqual(['c']);
    expect(toggleCode(['a'], 'a', true, order)).toEqual(['a']);
  });
});
