import {
  areaTypes,
  codesOf,
  findProvince,
  findRegion,
  inScope,
  institutionTypes,
  serviceTypes,
  type AreaType,
  type InstitutionType,
  type Scope,
  type ServiceType,
} from '@sanad/core';
import { z } from 'zod';
import {
  cellReader,
  isEmail,
  isPhone,
  listOf,
  padded,
  type CellProblem as SharedCellProblem,
} from '../platform/csv-import/cells.ts';
import { openingHoursFromText, openingHoursSchema } from './opening-hours.ts';
import { institutionCodeSchema } from './schemas.ts';

/**
 * The directory's CSV columns (header names, any case) and how each cell is read. The header is
 * the file's first row; `name`, `type`, `agency` and `region` must be there, every other column
 * may be left out. On a row whose `code` already exists, a column the file does not have leaves
 * that field as it is; a column it has sets it (an empty cell clears it, or takes the default).
 */
export const IMPORT_COLUMNS = [
  'code',
  'name',
  'type',
  'agency',
  'region',
  'province',
  'coverage',
  'area_types',
  'services',
  'open_24_7',
  'opening_hours',
  'capacity_total',
  'capacity_free',
  'phone',
  'email',
  'address',
  'focal_point_name',
  'focal_point_role',
  'focal_point_phone',
  'focal_point_email',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'type', 'agency', 'region'];

export const FOCAL_POINT_COLUMNS: readonly ImportColumn[] = [
  'focal_point_name',
  'focal_point_role',
  'focal_point_phone',
  'focal_point_email',
];

/** A row as checked and normalised at upload, stored until the job writes it. */
export const importRowSchema = z.object({
  code: z.string().nullable(),
  name: z.string(),
  type: z.enum(codesOf(institutionTypes)),
  agency: z.string(),
  regionCode: z.string(),
  provinceCode: z.string().nullable(),
  coverage: z.array(z.string()),
  areaTypes: z.array(z.enum(codesOf(areaTypes))),
  services: z.array(z.enum(codesOf(serviceTypes))),
  open247: z.boolean(),
  openingHours: openingHoursSchema.nullable(),
  capacityTotal: z.number().int().nullable(),
  capacityFree: z.number().int().nullable(),
  contact: z.object({
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
  focalPoints: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
});

export type ImportRow = z.infer<typeof importRowSchema>;

export type RowCells = Readonly<Partial<Record<ImportColumn, string>>>;

export type CellProblem = SharedCellProblem<ImportColumn>;

const MAX_CAPACITY = 100_000;

/** Reads one row's cells; every problem is reported, each under its column. */
export function checkRow(
  cells: RowCells,
  scope: Scope,
): { row: ImportRow; problems: [] } | { row: null; problems: CellProblem[] } {
  const read = cellReader<ImportColumn>(cells);
  const { cell, flag } = read;

  const codeCell = cell('code');
  let code: string | null = null;
  if (codeCell !== '') {
    if (codeCell.length > 64) flag('code', 'too_big');
    else if (!institutionCodeSchema.safeParse(codeCell).success) flag('code', 'invalid_format');
    else code = codeCell;
  }
  const name = read.text('name', 2, 200);
  const typeCell = cell('type').toLowerCase();
  if (typeCell === '') flag('type', 'required');
  else if (!(institutionTypes.codes as readonly string[]).includes(typeCell))
    flag('type', 'invalid_choice');
  const agency = read.text('agency', 2, 200);

  const regionCode = padded(cell('region'), 2);
  const region = findRegion(regionCode);
  if (regionCode === '') flag('region', 'required');
  else if (!region) flag('region', 'invalid_choice');
  const provinceCell = padded(cell('province'), 3);
  const provinceCode = provinceCell === '' ? null : provinceCell;
  if (provinceCode !== null && region && findProvince(provinceCode)?.regionCode !== regionCode)
    flag('province', 'invalid_choice');
  if (region && !read.flagged('province')) {
    if (!inScope(scope, { regionCode, provinceCode }))
      flag(scope.level === 'province' ? 'province' : 'region', 'invalid_choice');
  }

  const coverageCodes = listOf(cell('coverage')).map((c) => padded(c, 3));
  if (coverageCodes.some((c) => !findProvince(c))) flag('coverage', 'invalid_choice');
  // No coverage given: the seat province, or the whole region for a regional body.
  const coverage =
    coverageCodes.length > 0
      ? [...new Set(coverageCodes)]
      : provinceCode !== null
        ? [provinceCode]
        : (region?.provinces.map((p) => p.code) ?? []);

  const areas = read.choices<AreaType>('area_types', areaTypes.codes);
  const services = read.choices<ServiceType>('services', serviceTypes.codes);

  const open = read.yesNo('open_24_7');
  const open247 = open === true;
  const closedAtTimes = open === false;
  let openingHours: ImportRow['openingHours'] = null;
  const hoursCell = cell('opening_hours');
  // Not open day and night: the file must say when (an unreadable 24/7 cell is its own error).
  if (closedAtTimes && hoursCell === '' && cells.opening_hours !== undefined)
    flag('opening_hours', 'required');
  if (closedAtTimes && hoursCell !== '') {
    openingHours = openingHoursFromText(hoursCell);
    if (openingHours === null) flag('opening_hours', 'invalid_format');
  }
  // Open day and night, yet hours given: one of the two cells is wrong, and dropping the hours
  // silently would hide which.
  if (open247 && hoursCell !== '') flag('opening_hours', 'invalid');

  const capacityTotal = read.count('capacity_total', MAX_CAPACITY);
  const capacityFree = read.count('capacity_free', MAX_CAPACITY);
  if (capacityTotal !== null && capacityFree !== null && capacityFree > capacityTotal)
    flag('capacity_free', 'too_big');

  const phone = read.optional('phone', 40, isPhone);
  const mail = read.optional('email', 254, isEmail);
  const address = read.optional('address', 300);

  const focalPoints: ImportRow['focalPoints'] = [];
  if (FOCAL_POINT_COLUMNS.some((column) => cell(column) !== '')) {
    const pointName = read.text('focal_point_name', 2, 120);
    const role = read.text('focal_point_role', 2, 120);
    const pointPhone = read.optional('focal_point_phone', 40, isPhone);
    const pointMail = read.optional('focal_point_email', 254, isEmail);
    focalPoints.push({
      name: pointName,
      role,
      ...(pointPhone !== undefined ? { phone: pointPhone } : {}),
      ...(pointMail !== undefined ? { email: pointMail } : {}),
    });
  }

  read.checkControlCharacters(IMPORT_COLUMNS);

  if (read.problems.length > 0) return { row: null, problems: [...read.problems] };
  return {
    row: {
      code,
      name,
      type: typeCell as InstitutionType,
      agency,
      regionCode,
      provinceCode,
      coverage,
      areaTypes: areas.length > 0 ? areas : ['urban', 'rural'],
      services,
      open247,
      openingHours,
      capacityTotal,
      capacityFree,
      contact: {
        ...(phone !== undefined ? { phone } : {}),
        ...(mail !== undefined ? { email: mail } : {}),
        ...(address !== undefined ? { address } : {}),
      },
      focalPoints,
    },
    problems: [],
  };
}
