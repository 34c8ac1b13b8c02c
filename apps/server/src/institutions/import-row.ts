import {
  areaTypes,
  codesOf,
  findProvince,
  findRegion,
  inScope,
  institutionTypes,
  serviceTypes,
  type AreaType,
  type FieldIssue,
  type InstitutionType,
  type Scope,
  type ServiceType,
} from '@sanad/core';
import { z } from 'zod';
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

export interface CellProblem {
  readonly field: ImportColumn;
  readonly issue: FieldIssue;
}

const MAX_CAPACITY = 100_000;
/**
 * C0 and C1 control characters, DEL included. Tab and line breaks stay allowed: a quoted cell
 * may hold an address on two lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const PHONE = /^\+?[0-9][0-9 ().-]{2,38}$/;
const email = z.email().max(254);

/** A list cell: `141;181`, `141|181` or `141, 181`. */
const listOf = (cell: string): string[] =>
  cell
    .split(/[;|,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Spreadsheets drop leading zeros: `6` is region `06`, `81` is province `081`. */
const padded = (code: string, width: number): string =>
  /^\d+$/.test(code) ? code.padStart(width, '0') : code;

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'نعم', '24/7']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'لا', '']);

/** Reads one row's cells; every problem is reported, each under its column. */
export function checkRow(
  cells: RowCells,
  scope: Scope,
): { row: ImportRow; problems: [] } | { row: null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const flag = (field: ImportColumn, issue: FieldIssue): void => {
    problems.push({ field, issue });
  };
  const cell = (column: ImportColumn): string => cells[column] ?? '';

  const text = (column: ImportColumn, min: number, max: number): string => {
    const value = cell(column);
    if (value === '') flag(column, 'required');
    else if (value.length < min) flag(column, 'too_small');
    else if (value.length > max) flag(column, 'too_big');
    return value;
  };
  const optional = (column: ImportColumn, max: number, format?: (v: string) => boolean) => {
    const value = cell(column);
    if (value === '') return undefined;
    if (value.length > max) flag(column, 'too_big');
    else if (format && !format(value)) flag(column, 'invalid_format');
    return value;
  };
  const count = (column: ImportColumn): number | null => {
    const value = cell(column);
    if (value === '') return null;
    if (!/^\d+$/.test(value)) {
      flag(column, 'invalid_format');
      return null;
    }
    const n = Number(value);
    if (n > MAX_CAPACITY) flag(column, 'too_big');
    return n;
  };
  const choices = <C extends string>(column: ImportColumn, allowed: readonly C[]): C[] => {
    const values = listOf(cell(column).toLowerCase());
    if (values.some((v) => !(allowed as readonly string[]).includes(v))) {
      flag(column, 'invalid_choice');
      return [];
    }
    return [...new Set(values as C[])];
  };

  const codeCell = cell('code');
  let code: string | null = null;
  if (codeCell !== '') {
    if (codeCell.length > 64) flag('code', 'too_big');
    else if (!institutionCodeSchema.safeParse(codeCell).success) flag('code', 'invalid_format');
    else code = codeCell;
  }
  const name = text('name', 2, 200);
  const typeCell = cell('type').toLowerCase();
  if (typeCell === '') flag('type', 'required');
  else if (!(institutionTypes.codes as readonly string[]).includes(typeCell))
    flag('type', 'invalid_choice');
  const agency = text('agency', 2, 200);

  const regionCode = padded(cell('region'), 2);
  const region = findRegion(regionCode);
  if (regionCode === '') flag('region', 'required');
  else if (!region) flag('region', 'invalid_choice');
  const provinceCell = padded(cell('province'), 3);
  const provinceCode = provinceCell === '' ? null : provinceCell;
  if (provinceCode !== null && region && findProvince(provinceCode)?.regionCode !== regionCode)
    flag('province', 'invalid_choice');
  if (region && !problems.some((p) => p.field === 'province')) {
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

  const areas = choices<AreaType>('area_types', areaTypes.codes);
  const services = choices<ServiceType>('services', serviceTypes.codes);

  const openCell = cell('open_24_7').toLowerCase();
  const open247 = YES.has(openCell);
  const closedAtTimes = NO.has(openCell);
  if (!open247 && !closedAtTimes) flag('open_24_7', 'invalid_format');
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

  const capacityTotal = count('capacity_total');
  const capacityFree = count('capacity_free');
  if (capacityTotal !== null && capacityFree !== null && capacityFree > capacityTotal)
    flag('capacity_free', 'too_big');

  const phone = optional('phone', 40, (v) => PHONE.test(v));
  const mail = optional('email', 254, (v) => email.safeParse(v).success);
  const address = optional('address', 300);

  const focalPoints: ImportRow['focalPoints'] = [];
  if (FOCAL_POINT_COLUMNS.some((column) => cell(column) !== '')) {
    const pointName = text('focal_point_name', 2, 120);
    const role = text('focal_point_role', 2, 120);
    const pointPhone = optional('focal_point_phone', 40, (v) => PHONE.test(v));
    const pointMail = optional('focal_point_email', 254, (v) => email.safeParse(v).success);
    focalPoints.push({
      name: pointName,
      role,
      ...(pointPhone !== undefined ? { phone: pointPhone } : {}),
      ...(pointMail !== undefined ? { email: pointMail } : {}),
    });
  }

  // A control character (a NUL pasted from another program, a form feed) is invisible in a
  // spreadsheet and cannot be stored: the cell is named, unless something else already is.
  for (const column of IMPORT_COLUMNS) {
    if (CONTROL_CHARACTER.test(cell(column)) && !problems.some((p) => p.field === column))
      flag(column, 'invalid_format');
  }

  if (problems.length > 0) return { row: null, problems };
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
