// The packaging config, checked offline: electron-builder builds the unpacked Linux app
// (`--dir`) against a stand-in Electron distribution (the real one cannot be downloaded
// here), then the asar archive is opened to see that what Ktav needs is in it, that native
// and child-process modules sit unpacked beside it, and that development files stay out.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import asar from '@electron/asar';
import { withTempDir } from '../support/tempDir.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('electron-builder packaging', () => {
  it('builds an unpacked app whose asar holds the bundles, with sharp and exiftool unpacked', async () => {
    await withTempDir(async (dir) => {
      const standIn = join(dir, 'electron-dist');
      await mkdir(standIn);
      await writeFile(join(standIn, 'electron'), '#!/bin/sh\necho stand-in for the Electron binary\n');
      await chmod(join(standIn, 'electron'), 0o755);
      await writeFile(join(standIn, 'version'), '45.5.0');
      await writeFile(join(standIn, 'LICENSE'), '');
      const out = join(dir, 'release');
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', `-c.electronDist=${standIn}`, '-c.electronVersion=45.5.0', `-c.directories.output=${out}`],
        { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
      );
      const app = join(out, 'linux-unpacked');
      expect(existsSync(join(app, 'ktav')), 'the executable is named ktav').toBe(true);

      const archive = join(app, 'resources', 'app.asar');
      const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
      for (const needed of ['/package.json', '/dist/main/electron.js', '/dist/main/preload.cjs', '/dist/main/cli.js', '/dist/renderer/index.html']) {
        expect(files, needed).toContain(needed);
      }
      expect(files.some((f) => f.startsWith('/node_modules/lowdb/'))).toBe(true);
      expect(files.some((f) => f.startsWith('/node_modules/prosemirror-model/'))).toBe(true);
      // Development files and dev-only packages stay out of the app.
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      expect(files.filter((f) => f.startsWith('/dist/types/'))).toEqual([]);
      for (const devOnly of ['react', 'playwright-core', 'electron', 'vite', 'typescript']) {
        expect(files.some((f) => f.startsWith(`/node_modules/${devOnly}/`)), devOnly).toBe(false);
      }
      const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as { main: string; name: string };
      expect(pkg.main).toBe('dist/main/electron.js');

      const unpacked = join(app, 'resources', 'app.asar.unpacked', 'node_modules');
      expect(existsSync(join(unpacked, 'sharp', 'package.json'))).toBe(true);
      expect(existsSync(join(unpacked, '@img', 'sharp-linux-x64'))).toBe(true);
      expect(existsSync(join(unpacked, 'exiftool-vendored', 'package.json'))).toBe(true);
      expect(existsSync(join(unpacked, 'exiftool-vendored.pl', 'bin', 'exiftool'))).toBe(true);

      const builderConfig = await readFile(join(ROOT, 'electron-builder.yml'), 'utf8');
      for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(builderConfig).toContain(target);
    });
  }, 180_000);
});
