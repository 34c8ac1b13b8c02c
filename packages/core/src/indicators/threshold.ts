/**
 * The small-cell threshold: a published figure between 1 and `threshold − 1` could point at a
 * handful of women in one province and month, so it is hidden. Five is the usual floor of
 * statistical offices for counts of people; the platform lets it be raised (never lowered below
 * two: a threshold of one would hide nothing) and caps it at fifty, beyond which most provincial
 * monthly figures would vanish and a typo would be the likelier cause.
 */
export const SUPPRESSION_THRESHOLD_DEFAULT = 5;
export const SUPPRESSION_THRESHOLD_MIN = 2;
export const SUPPRESSION_THRESHOLD_MAX = 50;

/** Whether `value` is an acceptable threshold: an integer from 2 to 50. */
export function isSuppressionThreshold(value: number): boolean {
  return (
    Number.isInteger(value) &&
    value >= SUPPRESSION_THRESHOLD_MIN &&
    value <= SUPPRESSION_THRESHOLD_MAX
  );
}

/**
 * Reads a configured threshold (an environment variable, a setting): absent or blank → the
 * default; otherwise it must be written as a whole number from 2 to 50. Anything else is refused
 * loudly rather than silently replaced, since a wrong threshold could publish identifying figures.
 */
export function parseSuppressionThreshold(raw: string | undefined): number {
  const text = raw?.trim() ?? '';
  if (text === '') return SUPPRESSION_THRESHOLD_DEFAULT;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!isSuppressionThreshold(value)) {
    throw new RangeError(
      `suppression threshold must be a whole number from ${SUPPRESSION_THRESHOLD_MIN} to ${SUPPRESSION_THRESHOLD_MAX}, got "${text}"`,
    );
  }
  return value;
}
