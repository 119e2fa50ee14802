#!/usr/bin/env node
// The `ktav` command in a checkout: builds main when its sources are newer than the build (a
// fraction of a second with esbuild), then runs the command line. A packaged app runs
// dist/main/cli.js directly.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'main', 'cli.js');
if (existsSync(join(root, 'build.config.mjs'))) {
  const { isMainStale, buildMain } = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
  if (!existsSync(cli) || isMainStale()) await buildMain();
}
await import(pathToFileURL(cli).href);
