// The README's screenshot script runs: headed Chromium under Xvfb, every screen, real PNGs.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { test, expect } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = ['library', 'editor', 'media', 'export', 'settings', 'palette'];

test('the screenshot script makes a picture of every screen', async () => {
  test.setTimeout(240_000);
  const out = await mkdtemp(join(tmpdir(), 'ktav-shots-'));
  try {
    // What `npm run screenshots` runs after building (the build is already there for these tests).
    const run = spawnSync(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1280x800x24', process.execPath, join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'tests/screenshots'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KTAV_HEADED: '1', KTAV_SHOTS_DIR: out }, timeout: 220_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    for (const name of SHOTS) {
      const meta = await sharp(join(out, `${name}.png`)).metadata();
      expect([meta.format, meta.width, meta.height], name).toEqual(['png', 1280, 800]);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
