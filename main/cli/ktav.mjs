#!/usr/bin/env node
// The `ktav` command in a checkout: builds the command line bundle when the sources are newer
// than it (a fraction of a second with esbuild), then runs it. A packaged app runs
// dist/main/cli.js directly.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'main', 'cli.js');
if (existsSync(join(root, 'build.config.mjs'))) {
  const { isStale, buildMain } = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
  if (!existsSync(cli) || isStale()) await buildMain({ only: ['main/cli.js'] });
}
await import(pathToFileURL(cli).href);
