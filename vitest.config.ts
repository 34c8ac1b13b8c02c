import { defineConfig } from 'vitest/config';

// Tests sit next to the code they prove (`*.test.ts`); browser journeys live in e2e/.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.{ts,tsx}',
      'e2e/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    globalSetup: ['./apps/server/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
