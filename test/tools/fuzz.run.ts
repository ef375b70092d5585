import { expect, it } from 'vitest';
import { fuzz } from './fuzzer.js';
import { target } from './target.js';

/** `npm run fuzz`: FUZZ_CASES (default 5000) seeded cases (FUZZ_SEED); fails on any 5xx or leak. */
it('survives the fuzz run with no 5xx and no leaked internals', async () => {
  const cases = Number(process.env.FUZZ_CASES ?? 5000);
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const server = await target();
  try {
    const started = Date.now();
    const report = await fuzz(server.url, cases, seed, 8);
    console.info(
      `fuzz: ${report.cases} cases (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `status counts ${JSON.stringify(report.byStatus)}; 5xx ${report.serverErrors.length}; leaks ${report.leaks.length}; ` +
        `auto-commit ${report.autoCommitted}, of which needing another transaction ${report.mispredicted.length}`,
    );
    for (const failure of [...report.serverErrors, ...report.leaks, ...report.mispredicted].slice(0, 10)) console.info(failure);
    expect(report.serverErrors).toEqual([]);
    expect(report.leaks).toEqual([]);
    expect(report.mispredicted).toEqual([]);
  } finally {
    await server.close();
  }
});
