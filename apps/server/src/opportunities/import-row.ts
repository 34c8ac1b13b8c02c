import {
  codesOf,
  findProvince,
  findRegion,
  LOCALES,
  opportunityKinds,
  schoolingLevels,
  type Locale,
} from '@sanad/core';
import { z } from 'zod';
import {
  cellReader,
  isEmail,
  isPhone,
  listOf,
  padded,
  type CellProblem,
} from '../platform/csv-import/cells.ts';
import type { RowCheck } from '../platform/csv-import/start.ts';
import { opportunityCodeSchema } from './schemas.ts';
import { opportunityProblems, type CheckedField } from './validation.ts';

/**
 * The catalogue's CSV columns (header names, any case) and how each cell is read. `code`,
 * `kind` and `title` must be in the header; `provider` (the institution's code) is needed on
 * each row of an admin's file and may be left out of a provider's own. On a row whose provider
 * and code exist, a column the file does not have leaves that field as it is.
 */
export const IMPORT_COLUMNS = [
  'code',
  'provider',
  'kind',
  'title',
  'description',
  'region',
  'provinces',
  'remote',
  'apply_by',
  'starts_on',
  'ends_on',
  'places',
  'min_age',
  'max_age',
  'schooling_level',
  'literacy_required',
  'prerequisites',
  'childcare',
  'transport',
  'stipend',
  'languages',
  'phone',
  'email',
  'address',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['code', 'kind', 'title'];

/** The column each cross-field problem names. */
export const COLUMN_OF: Readonly<Record<CheckedField, ImportColumn>> = {
  regionCode: 'region',
  provinceCodes: 'provinces',
  applyBy: 'apply_by',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  maxAge: 'max_age',
  placesLeft: 'places',
};

/**
 * The columns a cross-field rule reads. At upload a rule is checked only when the file has all
 * of them: a row updating an offer may leave a column out and keep the offer's value, so the
 * job checks the rule again on the offer as it will be.
 */
const COLUMNS_READ: Readonly<Record<CheckedField, readonly ImportColumn[]>> = {
  regionCode: ['region', 'provinces', 'remote'],
  provinceCodes: ['region', 'provinces'],
  applyBy: ['apply_by'],
  startsOn: ['apply_by', 'starts_on'],
  endsOn: ['apply_by', 'starts_on', 'ends_on'],
  maxAge: ['min_age', 'max_age'],
  placesLeft: ['places'],
};

/** A row as checked and normalised at upload, stored until the job writes it. */
export const importRowSchema = z.object({
  providerId: z.uuid(),
  code: z.string(),
  kind: z.enum(codesOf(opportunityKinds)),
  title: z.string(),
  description: z.string(),
  regionCode: z.string().nullable(),
  provinceCodes: z.array(z.string()),
  remote: z.boolean(),
  applyBy: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  placesTotal: z.number().int().nullable(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  schoolingLevel: z.enum(codesOf(schoolingLevels)).nullable(),
  literacyRequired: z.boolean(),
  prerequisites: z.string(),
  childcare: z.boolean(),
  transport: z.boolean(),
  stipend: z.boolean(),
  languages: z.array(z.enum(LOCALES)),
  contact: z.object({
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
});

export type ImportRow = z.infer<typeof importRowSchema>;
export type RowCells = Readonly<Partial<Record<ImportColumn, string>>>;

/** What a row is checked against: the providers the file names, the uploader's own, its columns. */
export interface ProviderLookup {
  /** Active institutions by code, for the codes the file names. */
  readonly byCode: ReadonlyMap<string, string>;
  /** A provider's manager writes only their own institution's offers; null for an admin. */
  readonly ownInstitutionId: string | null;
  /** The file's columns. */
  readonly columns: ReadonlySet<string>;
}

const MAX_PLACES = 100_000;

function providerOf(
  read: ReturnType<typeof cellReader<ImportColumn>>,
  lookup: ProviderLookup,
): string | null {
  const code = read.cell('provider');
  if (code === '') {
    if (lookup.ownInstitutionId === null) read.flag('provider', 'required');
    return lookup.ownInstitutionId;
  }
  const id = lookup.byCode.get(code);
  // Unknown, inactive, or another institution's when the file is a provider's own.
  if (id === undefined || (lookup.ownInstitutionId !== null && id !== lookup.ownInstitutionId)) {
    read.flag('provider', 'invalid_choice');
    return null;
  }
  return id;
}

function age(read: ReturnType<typeof cellReader<ImportColumn>>, column: ImportColumn) {
  const value = read.count(column, 99);
  if (value !== null && value < 14) read.flag(column, 'too_small');
  return value;
}

/** Reads one row's cells; every problem is reported, each under its column. */
export function checkRow(
  cells: RowCells,
  lookup: ProviderLookup,
): RowCheck<ImportColumn, ImportRow> {
  const read = cellReader<ImportColumn>(cells);
  const { cell, flag } = read;

  const code = read.text('code', 1, 64);
  if (code !== '' && !read.flagged('code') && !opportunityCodeSchema.safeParse(code).success)
    flag('code', 'invalid_format');
  const providerId = providerOf(read, lookup);
  const kind = read.choice('kind', opportunityKinds.codes);
  if (cell('kind') === '') flag('kind', 'required');
  const title = read.text('title', 3, 200);
  const description = read.optional('description', 2000) ?? '';

  const regionCell = padded(cell('region'), 2);
  const regionCode = regionCell === '' ? null : regionCell;
  if (regionCode !== null && !findRegion(regionCode)) flag('region', 'invalid_choice');
  const provinceCodes = [...new Set(listOf(cell('provinces')).map((c) => padded(c, 3)))];
  if (provinceCodes.some((c) => !findProvince(c))) flag('provinces', 'invalid_choice');
  const remote = read.yesNo('remote') ?? false;

  const applyBy = read.date('apply_by');
  const startsOn = read.date('starts_on');
  const endsOn = read.date('ends_on');
  const placesTotal = read.count('places', MAX_PLACES);
  const minAge = age(read, 'min_age');
  const maxAge = age(read, 'max_age');
  const schoolingLevel = read.choice('schooling_level', schoolingLevels.codes);
  const literacyRequired = read.yesNo('literacy_required') ?? false;
  const prerequisites = read.optional('prerequisites', 1000) ?? '';
  const childcare = read.yesNo('childcare') ?? false;
  const transport = read.yesNo('transport') ?? false;
  const stipend = read.yesNo('stipend') ?? false;
  const languages = read.choices<Locale>('languages', LOCALES);
  const phone = read.optional('phone', 40, isPhone);
  const mail = read.optional('email', 254, isEmail);
  const address = read.optional('address', 300);

  const values = { regionCode, provinceCodes, remote, applyBy, startsOn, endsOn };
  for (const problem of opportunityProblems({ ...values, minAge, maxAge, placesTotal })) {
    const column = COLUMN_OF[problem.field];
    if (!COLUMNS_READ[problem.field].every((c) => lookup.columns.has(c))) continue;
    // A cell already refused on its own says enough.
    if (!read.flagged(column)) flag(column, problem.issue);
  }
  read.checkControlCharacters(IMPORT_COLUMNS);

  if (read.problems.length > 0 || providerId === null || kind === null)
    return { row: null, problems: [...read.problems] as CellProblem<ImportColumn>[] };
  return {
    row: {
      providerId,
      code,
      kind,
      title,
      description,
      ...values,
      placesTotal,
      minAge,
      maxAge,
      schoolingLevel,
      literacyRequired,
      prerequisites,
      childcare,
      transport,
      stipend,
      languages,
      contact: {
        ...(phone !== undefined ? { phone } : {}),
        ...(mail !== undefined ? { email: mail } : {}),
        ...(address !== undefined ? { address } : {}),
      },
    },
    problems: [],
  };
}
