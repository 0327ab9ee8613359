import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // A hang guard, not a speed test: on a busy 2-core machine a test that starts Node or
          // bundles a page can take several seconds. Speed is measured by `npm run bench`.
          testTimeout: 60_000,
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One Chromium and the built sites are shared; parallel files would fight for 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
