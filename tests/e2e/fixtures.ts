import { test as base } from '@playwright/test';
import { KtavApp } from './ktavApp.js';

/** Every test gets its own Ktav on a fresh repository and profile. */
export const test = base.extend<{ app: KtavApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await KtavApp.create();
    await app.start();
    await use(app);
    await app.dispose();
  },
});

export { expect } from '@playwright/test';
