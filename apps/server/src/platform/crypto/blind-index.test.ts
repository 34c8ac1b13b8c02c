import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../testing/database.ts';
import { masterKeyFrom } from '../master-key.ts';
import {
  InvalidPhoneError,
  normalisePhone,
  phoneBlindIndex,
  type PhoneProblem,
} from './blind-index.ts';
import { keyringOf } from './keyring.ts';

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+212612345678'],
    ['0612345678', '+212612345678'],
    ['+212612345678', '+212612345678'],
    ['00212 6 12 34 56 78', '+212612345678'],
    ['212612345678', '+212612345678'],
    ['+212 (0)6 12 34 56 78', '+212612345678'],
    ['+212 06-12-34-56-78', '+212612345678'],
    ['06.12.34.56.78', '+212612345678'],
    ['612345678', '+212612345678'],
    ['  ٠٦١٢٣٤٥٦٧٨ ', '+212612345678'],
    ['۰۶۱۲۳۴۵۶۷۸', '+212612345678'],
    ['06\u00a012\u00a034\u00a056\u00a078', '+212612345678'],
    ['07 00 00 41 05', '+212700004105'],
    ['05 22 12 34 56', '+212522123456'],
    ['0801 00 00 00', '+212801000000'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['+34 612 34 56 78', '+34612345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each<[string, PhoneProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['8350', 'short_code'],
    ['19', 'short_code'],
    ['177', 'short_code'],
    ['15', 'short_code'],
    ['06 12 34 56 7', 'wrong_length'],
    ['06123456789', 'wrong_length'],
    ['0412345678', 'wrong_length'],
    ['+212 9 12 34 56 78', 'wrong_length'],
    ['+2126123456789', 'wrong_length'],
    ['0123456789012', 'wrong_length'],
    ['+0 612 34 56', 'wrong_length'],
    ['+33 6', 'wrong_length'],
    ['call me', 'not_a_number'],
    ['06 12 34 56 78 ext 2', 'not_a_number'],
    ['06+12345678', 'not_a_number'],
    ['<script>', 'not_a_number'],
  ])('refuses %j (%s)', (input, problem) => {
    let caught: unknown;
    try {
      normalisePhone(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidPhoneError);
    expect((caught as InvalidPhoneError).problem).toBe(problem);
  });

  it('explains why a short code is refused', () => {
    expect(() => normalisePhone('8350')).toThrow(/short service number/);
  });
});

describeEachEngine('phone blind index', (database) => {
  const keyring = keyringOf(masterKeyFrom(randomBytes(32)));

  it('is the same 32-byte HMAC for every spelling of a number, and differs between numbers', async () => {
    const { db } = database();
    const spellings = ['06 12 34 56 78', '+212612345678', '00212612345678', '212612345678'];
    const indexes = await Promise.all(spellings.map((p) => phoneBlindIndex(db, keyring, p)));
    for (const index of indexes) expect(index.equals(indexes[0] ?? Buffer.alloc(0))).toBe(true);
    expect(indexes[0]?.length).toBe(32);
    const other = await phoneBlindIndex(db, keyring, '06 12 34 56 79');
    expect(other.equals(indexes[0] ?? Buffer.alloc(0))).toBe(false);
  });

  it('is keyed: not a plain hash of the number, which anyone could compute', async () => {
    const { db } = database();
    const mine = await phoneBlindIndex(db, keyring, '0612345678');
    for (const guess of [
      createHash('sha256').update('+212612345678').digest(),
      createHash('sha256').update('phone:+212612345678').digest(),
      createHmac('sha256', Buffer.alloc(32)).update('phone:+212612345678').digest(),
    ]) {
      expect(mine.equals(guess)).toBe(false);
    }
  });
});
