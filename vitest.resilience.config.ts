import { defineConfig } from 'vitest/config';

// `npm run test:resilience`: the proofs under stress (crashes, hostile input). Kept apart from
// `npm test` because they start real servers and kill them; `.ci/run` runs both.
export default defineConfig({
  test: {
    include: ['resilience/**/*.test.ts'],
    globalSetup: ['./apps/server/src/testing/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One file at a time: each scenario measures recovery times on a shared 2-core machine.
    fileParallelism: false,
    reporters: ['default'],
  },
});
