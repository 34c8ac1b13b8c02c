import { canUpdateInstitution, type Actor } from '@sanad/core';
import type { z } from 'zod';
import type { FocalPoint, InstitutionContact, institutions } from '../db/schema/index.ts';
import { openingHoursSchema, type OpeningHours } from './opening-hours.ts';
import type { institutionViewSchema } from './schemas.ts';

export type InstitutionView = z.infer<typeof institutionViewSchema>;
export type InstitutionRow = typeof institutions.$inferSelect;

/** The stored hours when they have a shape the API documents; anything else reads as unknown. */
export function storedHours(raw: unknown): OpeningHours | undefined {
  const parsed = openingHoursSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Contact channels, key by key (allow-list: a stray key in the jsonb never goes out). */
export function presentContact(contact: InstitutionContact): InstitutionContact {
  return {
    ...(contact.phone !== undefined ? { phone: contact.phone } : {}),
    ...(contact.email !== undefined ? { email: contact.email } : {}),
    ...(contact.address !== undefined ? { address: contact.address } : {}),
  };
}

export function presentFocalPoints(points: readonly FocalPoint[]): FocalPoint[] {
  return points.map((point) => ({
    name: point.name,
    role: point.role,
    ...(point.phone !== undefined ? { phone: point.phone } : {}),
    ...(point.email !== undefined ? { email: point.email } : {}),
  }));
}

/** An institution as the administration shows it, with what the viewer may do (allow-list). */
export function presentInstitution(
  row: InstitutionRow,
  coverage: readonly string[],
  viewer: Actor,
): InstitutionView {
  const openingHours = storedHours(row.openingHours);
  return {
    id: row.id,
    ...(row.code !== null ? { code: row.code } : {}),
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    ...(row.provinceCode !== null ? { provinceCode: row.provinceCode } : {}),
    coverage: [...coverage].sort(),
    areaTypes: row.areaTypes,
    services: row.services,
    open247: row.open247,
    ...(openingHours !== undefined ? { openingHours } : {}),
    ...(row.capacityTotal !== null ? { capacityTotal: row.capacityTotal } : {}),
    ...(row.capacityFree !== null ? { capacityFree: row.capacityFree } : {}),
    ...(row.capacityUpdatedAt !== null
      ? { capacityUpdatedAt: row.capacityUpdatedAt.toISOString() }
      : {}),
    contact: presentContact(row.contact),
    focalPoints: presentFocalPoints(row.focalPoints),
    active: row.active,
    version: row.version,
    abilities: { update: canUpdateInstitution(viewer, row) },
  };
}
