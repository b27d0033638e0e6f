import { defineConfig } from 'vitest/config';

// One test run for the whole workspace. Unit tests are *.test.ts, tests that talk to real
// parts (SQLite files, Kafka, HTTP, gRPC) are *.int.test.ts; `pnpm test:unit` runs only the first.
export default defineConfig({
  test: {
    include: ['{packages,services,test}/*/{src,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // First installs what the selected tests need from outside npm (Debian packages such as
    // kcat) or stops at once with the command to run; then starts the local Kafka broker
    // (infra/kafka) when none answers, and provides its address.
    globalSetup: [
      'test/setup/src/global-setup.ts',
      'packages/messaging/test/kafka-global-setup.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores: most int tests wait on fsync, a broker or a browser, so two files side by side
    // roughly halve the run (vitest's default leaves one core idle).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
