import { defineConfig } from 'vitest/config';

/** The fast tier: pure functions only, no Neo4j (`npm run test:fast`). */
export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'] },
});
