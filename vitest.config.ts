import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Generous: corpus tests walk 789 connectors, and set-up hooks start real servers, keychains and
    // openssl; on a busy machine they take several times longer than on a quiet one.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Corpus tests read ../shared/corpus in place; two workers match the CI machines' two cores.
    maxWorkers: 2,
  },
});
