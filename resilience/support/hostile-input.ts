// Inputs a careless or hostile client sends: wrong types, oversized and deeply nested values,
// text mixing Arabic, Tifinagh, Latin, emoji, bidirectional marks and invisible characters, and
// strings shaped like injections. Valid submissions are mutated one field at a time too, so the
// generators reach the checks behind the first one.
import fc from 'fast-check';

/** Characters that look harmless and are not: RTL override, zero-width, BOM, NUL, lone surrogate. */
const TRAPS = [
  '\u200f',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\ud800',
  '\r\n',
  '\t',
] as const;

const SCRIPTS = [
  'عنف منزلي',
  'ⵜⴰⵎⵖⴰⵔⵜ ⵜⵓⴳⵏⵜ',
  'Bonjour, il me frappe',
  'Hello',
  '😡🆘👩‍👧',
  '٠١٢٣٤٥٦٧٨٩',
  'Ⅻ',
  'ﷺ',
] as const;

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${process.env}',
  '{{7*7}}',
  '../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '__proto__',
  'constructor',
  '\\u0000',
  'NaN',
  '-1',
  '1e309',
  'null',
] as const;

/** One hostile string: a mix of scripts, traps and injection shapes. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.constantFrom<string>(...TRAPS, ...SCRIPTS, ...INJECTIONS), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<string>(...INJECTIONS),
  // Oversized: past every field's maximum, and past the body limits when repeated.
  fc.integer({ min: 2_001, max: 70_000 }).map((length) => 'ⴰ'.repeat(length)),
);

/** Any JSON value a client could send, hostile strings included, nested a few levels. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308, -0),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'kind')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** An array or object nested `depth` levels deep (parsers and validators that recurse). */
export const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 2_000 }), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 'ⵣ';
    for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
    return value;
  });

/** A valid body with one field replaced, removed or added, or the whole body swapped. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = Object.keys(valid);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...fields), hostileValue)
      .map(([field, value]) => ({ ...valid, [field]: value })),
    fc.constantFrom(...fields).map((field) => {
      const copy = { ...valid };
      Reflect.deleteProperty(copy, field);
      return copy;
    }),
    fc.tuple(hostileString, hostileValue).map(([field, value]) => ({ ...valid, [field]: value })),
    hostileValue,
    deeplyNested,
  );
}

/** A request body for a route whose shape the generator does not know. */
export const hostileBody: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  deeplyNested,
  fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }),
);

/**
 * Percent-encodes the UTF-8 bytes of `text`, whatever it holds: a lone surrogate (which
 * `encodeURIComponent` refuses) travels as the replacement character, as a browser sends it.
 */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/**
 * The router's limit on one path parameter as it travels (Fastify's `maxParamLength`); longer
 * ones have a test of their own.
 */
export const ROUTER_PARAM_LIMIT = 100;

/** A path parameter: hostile text, a UUID of nothing, or a number; always URL-encoded. */
export const hostileParam: fc.Arbitrary<string> = fc
  .oneof(hostileString, fc.uuid(), fc.constantFrom('0', '-1', 'ABCD-EFGH', '..', ''))
  .map((text) => encodedWithin(text, ROUTER_PARAM_LIMIT) || '%20');

/** The longest prefix of `text` (whole code points) whose encoding fits in `limit` characters. */
function encodedWithin(text: string, limit: number): string {
  let encoded = '';
  for (const character of text) {
    const next = encoded + percentEncode(character);
    if (next.length > limit) break;
    encoded = next;
  }
  return encoded;
}

/** A query string of a few hostile pairs. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(hostileString, fc.constantFrom('limit', 'offset', 'q', 'status', 'cursor')),
      hostileString,
    ),
    { maxLength: 3 },
  )
  .map((pairs) =>
    pairs
      .map(([k, v]) => `${percentEncode(k.slice(0, 100))}=${percentEncode(v.slice(0, 300))}`)
      .join('&'),
  );
