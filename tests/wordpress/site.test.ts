// The loopback WordPress itself: installed with a user per role, each with an application
// password that the REST API accepts over plain HTTP, in the newsroom's time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWordPress, type WordPressSite } from '../support/wordpress/site.js';

let site: WordPressSite;
beforeAll(async () => {
  site = await startWordPress();
});
afterAll(() => site?.stop());

describe('the test WordPress', () => {
  it('knows each user by their application password, with their role', async () => {
    for (const role of ['administrator', 'editor', 'author', 'contributor'] as const) {
      const me = await site.rest<{ roles: string[] }>('/wp/v2/users/me?context=edit', role);
      expect(me.status).toBe(200);
      expect(me.body.roles).toEqual([role]);
    }
  });

  it('keeps the newsroom time zone and language', async () => {
    const settings = await site.rest<{ timezone: string; language: string }>('/wp/v2/settings');
    expect(settings.body.timezone).toBe('Asia/Jerusalem');
    expect(settings.body.language).toBe('he_IL');
  });
});
