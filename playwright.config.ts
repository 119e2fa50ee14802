import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real browser shell in Debian's Chromium; the Electron specs run
// where an Electron binary exists and report themselves skipped elsewhere.
export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // The loopback WordPress a publishing spec starts is stopped when the run ends.
  globalSetup: './tests/support/wordpress/playwrightSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
