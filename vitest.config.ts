import { defineConfig } from 'vitest/config'

// Two test levels share one runner: `unit` (next to the code, fast, fake-indexeddb at most) and
// `integration` (starts the real server process and talks to it over real sockets).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/test/**/*.int.test.ts', 'packages/*/test/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests each start their own server process on a free port; run files one at a time
          // so that the 2-core CI machine does not starve them.
          fileParallelism: false,
        },
      },
    ],
  },
})
