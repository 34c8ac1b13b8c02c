import type { StaffRole } from '../vocabulary/staff-roles.ts';

/** Where a figure goes: a dashboard on a staff member's screen, or a file that leaves Sanad. */
export type FigurePurpose = 'screen' | 'export';

/**
 * Roles that see exact small counts on screen. Supervisors and administrators already handle
 * cases and answer for the platform; the statistics analyst works on figures only and never needs
 * to know that three women in one province reported this month, so the analyst sees what the
 * public sees. Roles without `indicator.read` are listed as "no" so that a grant added later
 * does not open exact figures by accident. A `Record` over every role: a new role must be
 * placed here before the code compiles.
 */
const EXACT_ON_SCREEN: Readonly<Record<StaffRole, boolean>> = {
  listener: false,
  supervisor: true,
  institution_agent: false,
  institution_manager: false,
  analyst: false,
  admin: true,
};

/**
 * Whether figures for this role and purpose must go through small-cell suppression. Exports are
 * always suppressed, whoever asks: an export is open data once it leaves the platform (CSV/JSON
 * open data, the GBVIMS aggregate report), and a file cannot check who reads it.
 */
export function needsSuppression(role: StaffRole, purpose: FigurePurpose): boolean {
  if (purpose === 'export') return true;
  return !EXACT_ON_SCREEN[role];
}
