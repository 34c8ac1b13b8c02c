import type { Scope } from '@sanad/core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { readImportFile } from './import-file.ts';
import { checkRow, type RowCells } from './import-row.ts';

const national: Scope = { level: 'national' };
const shelter: RowCells = {
  code: 'CH-06-01',
  name: 'Centre Dar Al Amane',
  type: 'shelter',
  agency: 'Entraide Nationale',
  region: '06',
  province: '141',
  coverage: '141;181',
  area_types: 'urban',
  services: 'shelter;listening',
  open_24_7: 'yes',
  opening_hours: '',
  capacity_total: '20',
  capacity_free: '4',
  phone: '+212 522 00 00 00',
  email: 'contact@amane.ma',
  address: 'Casablanca',
  focal_point_name: 'Latifa Bennani',
  focal_point_role: 'Directrice',
};

const problemsOf = (cells: RowCells, scope: Scope = national) => checkRow(cells, scope).problems;

describe('one row of the directory file', () => {
  it('reads a complete row into directory values', () => {
    expect(checkRow(shelter, national).row).toEqual({
      code: 'CH-06-01',
      name: 'Centre Dar Al Amane',
      type: 'shelter',
      agency: 'Entraide Nationale',
      regionCode: '06',
      provinceCode: '141',
      coverage: ['141', '181'],
      areaTypes: ['urban'],
      services: ['shelter', 'listening'],
      open247: true,
      openingHours: null,
      capacityTotal: 20,
      capacityFree: 4,
      contact: { phone: '+212 522 00 00 00', email: 'contact@amane.ma', address: 'Casablanca' },
      focalPoints: [{ name: 'Latifa Bennani', role: 'Directrice' }],
    });
  });

  it('fills what a spreadsheet drops: leading zeros, coverage, area types', () => {
    const row = checkRow(
      {
        name: 'Cellule',
        type: 'DGSN_CELL',
        agency: 'DGSN',
        region: '9',
        province: '1',
        opening_hours: 'mon-fri 08:30-16:30',
      },
      national,
    ).row;
    expect(row).toMatchObject({
      code: null,
      type: 'dgsn_cell',
      regionCode: '09',
      provinceCode: '001',
      coverage: ['001'],
      areaTypes: ['urban', 'rural'],
      services: [],
      open247: false,
      openingHours: { days: 'mon-fri', weekdays: '08:30-16:30' },
      capacityTotal: null,
      focalPoints: [],
    });
    // A regional body with no seat covers its whole region.
    expect(
      checkRow({ name: 'ONG', type: 'ngo_listening_centre', agency: 'ONG', region: '12' }, national)
        .row?.coverage,
    ).toEqual(['066', '391']);
  });

  it.each([
    [{ name: '' }, 'name', 'required'],
    [{ name: 'X' }, 'name', 'too_small'],
    [{ type: 'police' }, 'type', 'invalid_choice'],
    [{ region: '13' }, 'region', 'invalid_choice'],
    [{ province: '541' }, 'province', 'invalid_choice'],
    [{ coverage: '141;999' }, 'coverage', 'invalid_choice'],
    [{ area_types: 'urban;suburban' }, 'area_types', 'invalid_choice'],
    [{ services: 'shelter;cooking' }, 'services', 'invalid_choice'],
    [{ open_24_7: 'sometimes' }, 'open_24_7', 'invalid_format'],
    [{ open_24_7: 'no', opening_hours: '' }, 'opening_hours', 'required'],
    [{ open_24_7: 'no', opening_hours: 'lundi 8h-16h' }, 'opening_hours', 'invalid_format'],
    [{ capacity_total: 'twenty' }, 'capacity_total', 'invalid_format'],
    [{ capacity_total: '200000' }, 'capacity_total', 'too_big'],
    [{ capacity_free: '21' }, 'capacity_free', 'too_big'],
    [{ phone: 'call us' }, 'phone', 'invalid_format'],
    [{ email: 'amane.ma' }, 'email', 'invalid_format'],
    [{ code: 'CH 06' }, 'code', 'invalid_format'],
    [{ focal_point_name: '', focal_point_phone: '0522' }, 'focal_point_name', 'required'],
    [{ focal_point_email: 'nobody' }, 'focal_point_email', 'invalid_format'],
    [{ open_24_7: 'yes', opening_hours: 'mon-fri 08:30-16:30' }, 'opening_hours', 'invalid'],
    [{ name: 'Centre\u0000Amal' }, 'name', 'invalid_format'],
    [{ agency: 'Entraide\u001bNationale' }, 'agency', 'invalid_format'],
    [{ address: 'Rue 4\u0085Fès' }, 'address', 'invalid_format'],
    [{ focal_point_role: 'Directrice\u007f' }, 'focal_point_role', 'invalid_format'],
  ] as const)('refuses %j, naming %s (%s)', (change, field, issue) => {
    expect(problemsOf({ ...shelter, ...change })).toEqual([{ field, issue }]);
  });

  it('keeps tabs and line breaks, which a quoted cell may hold', () => {
    expect(problemsOf({ ...shelter, address: 'Rue 4\r\nBab\tFtouh' })).toEqual([]);
  });

  it('reports every wrong cell of a row', () => {
    expect(problemsOf({ ...shelter, type: 'x', email: 'y', capacity_free: '99' })).toEqual([
      { field: 'type', issue: 'invalid_choice' },
      { field: 'capacity_free', issue: 'too_big' },
      { field: 'email', issue: 'invalid_format' },
    ]);
  });

  it("keeps a regional administrator's rows in her region", () => {
    const souss: Scope = { level: 'region', region: '09' };
    expect(problemsOf(shelter, souss)).toEqual([{ field: 'region', issue: 'invalid_choice' }]);
    const taroudannt: Scope = { level: 'province', region: '09', province: '541' };
    expect(problemsOf({ ...shelter, region: '09', province: '001' }, taroudannt)).toEqual([
      { field: 'province', issue: 'invalid_choice' },
    ]);
  });
});

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  return [];
};

describe('the directory file', () => {
  it('names each wrong header column: unknown, repeated, required and missing', () => {
    expect(fieldsOf(() => readImportFile('Name,Type,director,type,region\n'))).toEqual([
      { field: 'body.director', issue: 'unknown_field' },
      { field: 'body.type', issue: 'invalid' },
      { field: 'body.agency', issue: 'required' },
    ]);
    expect(fieldsOf(() => readImportFile(''))).toEqual([{ field: 'body', issue: 'required' }]);
    expect(fieldsOf(() => readImportFile('name,type,agency,region\n"unclosed,x,y,06\n'))).toEqual([
      { field: 'body', issue: 'invalid_format' },
    ]);
  });

  it('refuses a file that was not UTF-8 (its letters arrive as U+FFFD)', () => {
    const latin1 = Buffer.from('name,type,agency,region\nCentre Fès,shelter,X,03\n', 'latin1');
    expect(fieldsOf(() => readImportFile(latin1.toString('utf8')))).toEqual([
      { field: 'body', issue: 'invalid_format' },
    ]);
  });

  it('numbers rows as a spreadsheet does, reads semicolons, a BOM and quoted line breaks', () => {
    const file = readImportFile(
      '\uFEFFName;Type;Agency;Region;Address\r\n' +
        'A;shelter;X;06;"Rue 1\r\nCasablanca"\r\n' +
        ';;;;\r\n' +
        'B;shelter;X;06;Rabat;extra\r\n' +
        'C;shelter;X\r\n',
    );
    expect(file.columns).toEqual(['name', 'type', 'agency', 'region', 'address']);
    expect(file.rows.map((r) => [r.row, r.cells.name, r.overflow])).toEqual([
      [2, 'A', false],
      [4, 'B', true],
      [5, 'C', false],
    ]);
    expect(file.rows[0]?.cells.address).toBe('Rue 1\r\nCasablanca');
    expect(file.rows[2]?.cells).toMatchObject({ region: '', address: '' });
  });
});
