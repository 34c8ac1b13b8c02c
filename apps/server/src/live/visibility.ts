import { inScope, type Actor, type Scope } from '@sanad/core';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { liveEvents, type LiveAudience } from '../db/schema/index.ts';

/** What decides who hears an event: its audience and its place. */
export interface EventAddress {
  readonly audience: LiveAudience;
  readonly staffId: string | null;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

/**
 * Who hears an event (README, "Live events"): the helpline in scope of its place (no place →
 * national scope only), the supervisors in scope, or the one staff member it names. Used on
 * live events as they arrive; `eventsVisibleTo` is its SQL twin for the replay.
 */
export function canSeeEvent(actor: Actor, event: EventAddress): boolean {
  switch (event.audience) {
    case 'helpline':
      return inScope(actor.scope, event);
    case 'supervisors':
      return actor.role === 'supervisor' && inScope(actor.scope, event);
    case 'staff':
      return event.staffId === actor.id;
  }
}

function placeInScope(scope: Scope): SQL {
  switch (scope.level) {
    case 'national':
      return sql`true`;
    case 'region':
      return eq(liveEvents.regionCode, scope.region);
    case 'province':
      return eq(liveEvents.provinceCode, scope.province);
  }
}

/** SQL twin of `canSeeEvent` (visibility.test.ts compares the two). */
export function eventsVisibleTo(actor: Actor): SQL {
  const place = placeInScope(actor.scope);
  const conditions = [
    and(eq(liveEvents.audience, 'helpline'), place),
    and(eq(liveEvents.audience, 'staff'), eq(liveEvents.staffId, actor.id)),
  ];
  if (actor.role === 'supervisor') {
    conditions.push(and(eq(liveEvents.audience, 'supervisors'), place));
  }
  return or(...conditions) ?? sql`false`;
}
