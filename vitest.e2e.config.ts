// Browser flows: each test file starts the web host on a temporary data folder and drives Debian's
// Chromium through playwright-core. Run with `npm run test:e2e` (builds the renderer first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // One browser and one host at a time keeps the flows independent of machine load.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
