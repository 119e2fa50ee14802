import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssetHandler } from '../../../main/services/assets/assetHandler.js';
import { withTempDir } from '../../support/tempDir.js';

describe('the asset handler', () => {
  it('serves the app and content-addressed media, and nothing outside them', async () => {
    await withTempDir(async (dir) => {
      const app = join(dir, 'app');
      const media = join(dir, 'media');
      await mkdir(app);
      await mkdir(media);
      await writeFile(join(app, 'index.html'), '<html></html>');
      await writeFile(join(dir, 'secret.txt'), 'secret');
      const sha = 'a'.repeat(64);
      await writeFile(join(media, `${sha}.jpg`), 'jpegbytes');
      const handle = createAssetHandler({ appDir: app, mediaDir: () => media });

      const index = await handle('/');
      expect(index.status).toBe(200);
      expect(index.contentType).toBe('text/html; charset=utf-8');
      expect(index.headers['Content-Security-Policy']).toContain("script-src 'self'");
      expect((await handle(`/media/${sha}.jpg`)).body.toString()).toBe('jpegbytes');

      for (const evil of ['/../secret.txt', '/%2e%2e/secret.txt', '/media/../secret.txt', '/media/secret.txt', '/media/%2e%2e%2fsecret.txt', '/%E0%A4%A']) {
        expect((await handle(evil)).status, evil).toBe(404);
      }
    });
  });
});
