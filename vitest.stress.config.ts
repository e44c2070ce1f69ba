// Stress tests, run by `npm run test:stress` (and CI) after `npm test`: processes racing for one data folder and
// a writer killed hundreds of times mid-write. Slow by design, so kept out of the unit run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/stress/**/*.stress.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
