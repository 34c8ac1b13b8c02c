import { describe, expect, it } from 'vitest';
import {
  describePlace,
  describeScope,
  labelOf,
  regionName,
  roleLabel,
  staffRoles,
} from './vocabulary.ts';

describe('vocabulary labels', () => {
  it('names roles and scopes in the reader’s language', () => {
    expect(roleLabel('listener', 'fr')).toBe('Écoutante');
    expect(describeScope({ level: 'national' }, 'en')).toBe('National');
    expect(describeScope({ level: 'region', region: '09' }, 'fr')).toBe('Région: Souss-Massa');
    expect(describeScope({ level: 'province', province: '541' }, 'en')).toBe(
      'Province or prefecture: Taroudant (Souss-Massa)',
    );
  });

  it('shows a code this build does not know instead of breaking', () => {
    expect(labelOf(staffRoles, 'night_listener', 'ar')).toBe('night_listener');
  });

  it('falls back to the code for a place the territory does not know', () => {
    expect(regionName('99', 'ar')).toBe('99');
    expect(describePlace('04', undefined, 'fr')).toBe(regionName('04', 'fr'));
  });
});
