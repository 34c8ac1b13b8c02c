import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashedEvent } from './canonical.ts';
import { canonicalEvent, canonicalJson, chainHash, GENESIS_HASH } from './canonical.ts';

const event: HashedEvent = {
  seq: 57,
  id: '0193a1b2-0000-7000-8000-000000000001',
  occurredAt: new Date('2026-11-22T17:08:00.123Z'),
  action: 'case.viewed',
  actorId: '0193a1b2-0000-7000-8000-000000000002',
  actorInstitutionId: null,
  recordType: 'case',
  recordId: null,
  caseId: '0193a1b2-0000-7000-8000-000000000003',
  purpose: null,
  diff: { z: 1, a: { y: [true, null, 'x'], b: 2.5 } },
  requestId: 'req-1',
};

describe('canonical JSON', () => {
  it('sorts object keys recursively and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    );
  });

  it('gives equal text for equal values whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'é', q: 'ت' } })).toBe(
      canonicalJson({ y: { q: 'ت', p: 'é' }, x: 1 }),
    );
  });

  it('escapes strings the way JSON does', () => {
    expect(canonicalJson({ 'k"ey': 'line\nbreak "quoted"' })).toBe(
      '{"k\\"ey":"line\\nbreak \\"quoted\\""}',
    );
  });

  it('refuses values JSON cannot hold faithfully', () => {
    for (const bad of [undefined, Number.NaN, Infinity, 10n, () => 1, new Date(), { a: undefined }])
      expect(() => canonicalJson(bad)).toThrow(TypeError);
  });
});

describe('the canonical form of an event', () => {
  it('names every hashed column, nulls explicit, time in UTC milliseconds, diff canonical', () => {
    expect(canonicalEvent(event)).toBe(
      '{"action":"case.viewed","actor_id":"0193a1b2-0000-7000-8000-000000000002",' +
        '"actor_institution_id":null,"case_id":"0193a1b2-0000-7000-8000-000000000003",' +
        '"diff":{"a":{"b":2.5,"y":[true,null,"x"]},"z":1},' +
        '"id":"0193a1b2-0000-7000-8000-000000000001","occurred_at":"2026-11-22T17:08:00.123Z",' +
        '"purpose":null,"record_id":null,"record_type":"case","request_id":"req-1","seq":57}',
    );
  });

  it('changes when any one column changes', () => {
    const base = canonicalEvent(event);
    const variants: Partial<HashedEvent>[] = [
      { seq: 58 },
      { id: '0193a1b2-0000-7000-8000-000000000009' },
      { occurredAt: new Date('2026-11-22T17:08:00.124Z') },
      { action: 'case.updated' },
      { actorId: null },
      { actorInstitutionId: '0193a1b2-0000-7000-8000-000000000004' },
      { recordType: 'person' },
      { recordId: 'x' },
      { caseId: null },
      { purpose: '' },
      { diff: null },
      { diff: { z: 1, a: { y: [true, null, 'x'], b: 2.6 } } },
      { requestId: null },
    ];
    for (const change of variants) expect(canonicalEvent({ ...event, ...change })).not.toBe(base);
  });
});

describe('the chain hash', () => {
  it('is SHA-256 of the previous hash followed by the canonical form', () => {
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.alloc(32), Buffer.from(canonicalEvent(event), 'utf8')]))
      .digest();
    expect(chainHash(GENESIS_HASH, event).equals(expected)).toBe(true);
    expect(GENESIS_HASH.equals(Buffer.alloc(32))).toBe(true);
  });

  it('depends on the previous hash, so events cannot be moved along the chain', () => {
    const other = Buffer.alloc(32, 1);
    expect(chainHash(other, event).equals(chainHash(GENESIS_HASH, event))).toBe(false);
  });
});
