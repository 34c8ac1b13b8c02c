// Indicators and open data (issue #8): the privacy rules every figure passes through before it is
// shown or exported: whose records count, who sees exact small counts, and small-cell suppression.
export * from './threshold.ts';
export * from './consent.ts';
export * from './audience.ts';
export * from './suppression.ts';
