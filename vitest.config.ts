import { defineConfig } from 'vitest/config';
import { rawOptions } from './tests/coverage/coverage-options';

export default defineConfig({
  test: {
    // Mutation testing (stryker.config.mjs) names the tests that test the file it mutates.
    include: process.env.MUTATION_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/support/english.ts'],
    testTimeout: 20_000,
    // One file at a time: the journal's kill and 20,000-session tests would otherwise load
    // both cores under the timing-sensitive ones.
    fileParallelism: false,
    // On with --coverage (npm run test:unit): raw V8 data that scripts/coverage-report.ts
    // merges with the e2e run's.
    coverage: {
      provider: 'custom',
      customProviderModule: 'vitest-monocart-coverage',
      include: ['content/**', 'electron/**', 'renderer/**'],
      reportsDirectory: 'coverage/unit',
      coverageReportOptions: rawOptions('unit'),
    } as never,
  },
});
