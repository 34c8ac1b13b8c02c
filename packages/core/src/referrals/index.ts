// Referrals: her likely needs, the Casablanca calendar (public holidays, working days), institutions' opening
// hours, routing proposals with their reasons, the referral lifecycle and consent gate, and the
// acknowledgement and acceptance deadlines.
export * from './calendar.ts';
export * from './deadlines.ts';
export * from './lifecycle.ts';
export * from './opening-hours.ts';
export * from './routing.ts';
export * from './needs.ts';
export * from './progress.ts';
