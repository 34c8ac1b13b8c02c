import { describe, expect, it } from 'vitest';
import { harmChoices } from '../intake/harm-choices.ts';
import { gbvimsTypeFor, legalFormsFor } from '../intake/mapping.ts';
import { gbvimsTypes } from '../vocabulary/gbvims-types.ts';
import { classifyGbvims, GBVIMS_DECISION_ORDER } from './gbvims.ts';

describe('GBVIMS decision', () => {
  it('walks the types in the GBVIMS order', () => {
    expect(GBVIMS_DECISION_ORDER).toEqual(gbvimsTypes.codes);
  });

  it.each([
    // One form each.
    [['sexual'], true, 'rape'],
    [['sexual'], false, 'sexual_assault'],
    [['sexual'], undefined, 'sexual_assault'],
    [['physical'], undefined, 'physical_assault'],
    [['forced_marriage'], undefined, 'forced_marriage'],
    [['economic'], undefined, 'denial_of_resources'],
    [['expulsion_from_home'], undefined, 'denial_of_resources'],
    [['property_squandering'], undefined, 'denial_of_resources'],
    [['psychological'], undefined, 'psychological_abuse'],
    [['sexual_harassment'], undefined, 'psychological_abuse'],
    [['cyber_violence'], undefined, 'psychological_abuse'],
    // Several forms: the first type in the order wins, whatever the forms' order.
    [['psychological', 'physical', 'sexual'], true, 'rape'],
    [['psychological', 'physical', 'sexual'], false, 'sexual_assault'],
    [['economic', 'physical'], undefined, 'physical_assault'],
    [['psychological', 'forced_marriage'], undefined, 'forced_marriage'],
    [['cyber_violence', 'expulsion_from_home'], undefined, 'denial_of_resources'],
    // Penetration without sexual violence recorded does not make a rape.
    [['physical'], true, 'physical_assault'],
    // Nothing classifiable.
    [[], undefined, null],
  ] as const)('%j (penetration %s) → %s', (forms, penetration, expected) => {
    expect(classifyGbvims({ forms: forms, penetration })).toBe(expected);
  });

  it('agrees with the intake mapping on every plain choice she can make', () => {
    for (const harm of harmChoices.codes) {
      const facts = { forms: legalFormsFor([harm]), penetration: harm === 'forced_sex' };
      expect([harm, classifyGbvims(facts)]).toEqual([harm, gbvimsTypeFor([harm])]);
    }
  });
});
