// Unit and component tests. Browser flows in test/e2e run separately (vitest.e2e.config.ts).
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const exclude = [...configDefaults.exclude, 'dist/**', 'release/**', 'test/e2e/**', 'test/stress/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['**/*.test.ts'], exclude: [...exclude, 'renderer/**'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['renderer/**/*.test.{ts,tsx}'], exclude },
      },
    ],
  },
});
