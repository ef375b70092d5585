import { defineConfig } from 'vitest/config';

/**
 * The long-running checks people run by hand (`npm run fuzz`, `npm run load`), on the same
 * throw-away Neo4j set-up as the suite, or against a running server given by TARGET_URL.
 */
export default defineConfig({
  test: {
    include: ['test/tools/**/*.run.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
