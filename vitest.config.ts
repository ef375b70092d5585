import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run (throw-away directory, free port): test/globalSetup.ts.
    globalSetup: ['test/globalSetup.ts'],
    // Generous: several files start their own JVM while others share the two cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: two test files at a time share the one Neo4j.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
