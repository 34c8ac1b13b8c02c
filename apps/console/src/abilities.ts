import type { Action } from '@sanad/core';
import type { Me } from './api/types.ts';

/**
 * Whether the server grants the signed-in person an action, as `GET /auth/me` lists them. The
 * console shows or hides pages and buttons from this; it never re-derives the role's rules.
 */
export function canDo(me: Me, action: Action): boolean {
  return me.abilities.actions?.includes(action) ?? false;
}
