import { defineConfig } from '@playwright/test';

// `npm run screenshots`: retakes the README's pictures in a real (headed) window under Xvfb.
export default defineConfig({
  testDir: '.',
  testMatch: ['*.shots.ts'],
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/screenshots',
});
