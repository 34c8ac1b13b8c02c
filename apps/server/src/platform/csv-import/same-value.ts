/** Equal as stored values: objects compare key by key whatever their order (jsonb reorders). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

/**
 * The fields of `changes` whose value differs from the record as it is (an absent value reads as
 * null, as the column stores it): what an imported row really changes, so a row that changes
 * nothing leaves the record and its version alone.
 */
export function changedFields<T extends object>(changes: T, existing: object): Partial<T> {
  const before = existing as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => !sameValue(value ?? null, before[key])),
  ) as Partial<T>;
}
