import { inScope, isGranted, isInstitutionRole, type Actor, type Scope } from '@sanad/core';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { liveEvents, type LiveAudience } from '../db/schema/index.ts';

/** What decides who hears an event: its audience and its place. */
export interface EventAddress {
  readonly audience: LiveAudience;
  readonly staffId: string | null;
  readonly institutionId: string | null;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

/** The helpline's working roles: they hear the queue. */
const hearsQueue = (actor: Actor): boolean => isGranted(actor, 'queue.read');

/**
 * Who hears an event (README, "Live events"): the helpline in scope of its place (no place →
 * national scope only), the supervisors in scope, the one staff member it names, or the staff
 * (or only the managers) of the institution it names. Used on live events as they arrive;
 * `eventsVisibleTo` is its SQL twin for the replay.
 */
export function canSeeEvent(actor: Actor, event: EventAddress): boolean {
  switch (event.audience) {
    case 'helpline':
      return hearsQueue(actor) && inScope(actor.scope, event);
    case 'supervisors':
      return actor.role === 'supervisor' && inScope(actor.scope, event);
    case 'staff':
      return event.staffId === actor.id;
    case 'institution':
      return isInstitutionRole(actor) && event.institutionId === actor.institutionId;
    case 'institution_managers':
      return actor.role === 'institution_manager' && event.institutionId === actor.institutionId;
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
  const conditions = [and(eq(liveEvents.audience, 'staff'), eq(liveEvents.staffId, actor.id))];
  if (hearsQueue(actor)) conditions.push(and(eq(liveEvents.audience, 'helpline'), place));
  if (actor.role === 'supervisor') {
    conditions.push(and(eq(liveEvents.audience, 'supervisors'), place));
  }
  if (isInstitutionRole(actor) && actor.institutionId !== null) {
    const own = eq(liveEvents.institutionId, actor.institutionId);
    conditions.push(and(eq(liveEvents.audience, 'institution'), own));
    if (actor.role === 'institution_manager') {
      conditions.push(and(eq(liveEvents.audience, 'institution_managers'), own));
    }
  }
  return or(...conditions) ?? sql`false`;
}
