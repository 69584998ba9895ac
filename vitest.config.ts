import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // One file at a time: the real-timer clock test measures 25 ms boundaries, and the
    // journal's kill and 20,000-session tests would otherwise load both cores under it.
    fileParallelism: false,
  },
});
