import { describe, expect, it } from 'vitest';
import { csvTextOf } from './csv-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a chosen CSV file', () => {
  it('reads UTF-8, with or without a byte-order mark, Arabic and accents intact', () => {
    const csv = 'name,type,agency,region\nمركز الأمل Fès,shelter,Entraide,03\n';
    expect(csvTextOf(utf8(csv))).toEqual({ ok: true, text: csv });
    expect(csvTextOf(utf8(`\uFEFF${csv}`))).toEqual({ ok: true, text: csv });
    expect(csvTextOf(utf8(csv).buffer)).toEqual({ ok: true, text: csv });
  });

  it('refuses a file saved in Windows-1252 instead of turning its letters into �', () => {
    // "Fès" and "’" as a French spreadsheet's plain "CSV" writes them: one byte each.
    const windows1252 = Uint8Array.from([
      ...utf8('name,type,agency,region\nCentre F'),
      0xe8,
      ...utf8('s l'),
      0x92,
      ...utf8('Amal,shelter,Entraide,03\n'),
    ]);
    expect(csvTextOf(windows1252)).toEqual({ ok: false, reason: 'encoding' });
  });

  it('refuses a UTF-8 file whose letters were already lost by an earlier conversion', () => {
    expect(csvTextOf(utf8('name\nCentre F\uFFFDs\n'))).toEqual({ ok: false, reason: 'damaged' });
  });
});
