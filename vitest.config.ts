import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Corpus tests read ../shared/corpus in place; two workers match the CI machines' two cores.
    maxWorkers: 2,
  },
});
