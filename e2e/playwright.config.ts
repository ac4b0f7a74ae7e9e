import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests against the real sync server serving the production build of the web app.
 * Each test starts its own server (see support/sammenServer.ts), so tests are independent.
 * Build first: `cd apps/web && npx vite build` (the root `pnpm test:e2e` does it).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  globalSetup: './support/globalSetup.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    // Browsers cannot be downloaded here: use the system Chromium (Debian package).
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
