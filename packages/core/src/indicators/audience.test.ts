import { describe, expect, it } from 'vitest';
import { ROLE_GRANTS } from '../authorization/rules.ts';
import { staffRoles, type StaffRole } from '../vocabulary/staff-roles.ts';
import { needsSuppression, type FigurePurpose } from './audience.ts';

describe('needsSuppression', () => {
  type Row = readonly [StaffRole, FigurePurpose, boolean];
  const ROWS: readonly Row[] = [
    ['supervisor', 'screen', false],
    ['admin', 'screen', false],
    ['analyst', 'screen', true],
    ['listener', 'screen', true],
    ['institution_agent', 'screen', true],
    ['institution_manager', 'screen', true],
    ['supervisor', 'export', true],
    ['admin', 'export', true],
    ['analyst', 'export', true],
    ['listener', 'export', true],
    ['institution_agent', 'export', true],
    ['institution_manager', 'export', true],
  ];

  it('covers every role and purpose', () => {
    expect(new Set(ROWS.map(([role, purpose]) => `${role}/${purpose}`)).size).toBe(
      staffRoles.codes.length * 2,
    );
  });

  it.each(ROWS)('%s on %s: %s', (role, purpose, expected) => {
    expect(needsSuppression(role, purpose)).toBe(expected);
  });

  it('shows exact figures only to roles that may read indicators at all', () => {
    for (const role of staffRoles.codes) {
      if (!needsSuppression(role, 'screen'))
        expect(ROLE_GRANTS[role], role).toContain('indicator.read');
    }
  });
});
