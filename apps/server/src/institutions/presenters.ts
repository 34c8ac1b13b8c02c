import { canUpdateInstitution, type Actor } from '@sanad/core';
import type { z } from 'zod';
import type { institutions } from '../db/schema/index.ts';
import type { institutionViewSchema } from './schemas.ts';

export type InstitutionView = z.infer<typeof institutionViewSchema>;
type InstitutionRow = typeof institutions.$inferSelect;

/** An institution as the directory shows it, with what the viewer may do (allow-list). */
export function presentInstitution(
  row: InstitutionRow,
  coverage: readonly string[],
  viewer: Actor,
): InstitutionView {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    agency: row.agency,
    regionCode: row.regionCode,
    ...(row.provinceCode !== null ? { provinceCode: row.provinceCode } : {}),
    coverage: [...coverage].sort(),
    services: row.services,
    open247: row.open247,
    ...(row.capacityTotal !== null ? { capacityTotal: row.capacityTotal } : {}),
    ...(row.capacityFree !== null ? { capacityFree: row.capacityFree } : {}),
    contact: {
      ...(row.contact.phone !== undefined ? { phone: row.contact.phone } : {}),
      ...(row.contact.email !== undefined ? { email: row.contact.email } : {}),
      ...(row.contact.address !== undefined ? { address: row.contact.address } : {}),
    },
    active: row.active,
    abilities: { update: canUpdateInstitution(viewer, row) },
  };
}
