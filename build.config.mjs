// Builds Ktav: the renderer with Vite, and main (Electron shell, preload, browser shell, CLI)
// with esbuild. `node build.config.mjs` builds everything; the start script and the `ktav`
// launcher import `ensureBuilt` to rebuild only when a source is newer than the build.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const SOURCES = ['main', 'shared', 'renderer', 'package.json', 'vite.config.ts', 'build.config.mjs'];

const nodeTargets = [
  { in: 'main/shells/electron/main.ts', out: 'main/electron.js', format: 'esm' },
  { in: 'main/shells/browser/main.ts', out: 'main/browser.js', format: 'esm' },
  { in: 'main/cli/index.ts', out: 'main/cli.js', format: 'esm' },
  { in: 'main/services/search/searchWorker.ts', out: 'main/searchWorker.js', format: 'esm' },
];

export async function buildMain({ only } = {}) {
  const targets = only ? nodeTargets.filter((t) => only.includes(t.out)) : nodeTargets;
  await Promise.all(
    targets.map((t) =>
      esbuild({
        entryPoints: [join(root, t.in)],
        outfile: join(dist, t.out),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: t.format,
        packages: 'external',
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  );
  if (!only || only.includes('main/preload.cjs')) {
    // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
    await esbuild({
      entryPoints: [join(root, 'main/shells/electron/preload.ts')],
      outfile: join(dist, 'main/preload.cjs'),
      bundle: true,
      platform: 'node',
      target: 'chrome140',
      format: 'cjs',
      external: ['electron'],
      minify: true,
      logLevel: 'warning',
    });
  }
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const stampFile = join(dist, '.build-stamp');

export function isStale() {
  if (!existsSync(stampFile)) return true;
  const built = statSync(stampFile).mtimeMs;
  return SOURCES.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

export async function buildAll() {
  await Promise.all([buildRenderer(), buildMain()]);
  mkdirSync(dist, { recursive: true });
  writeFileSync(stampFile, new Date().toISOString());
}

/** Builds everything when any source is newer than the last build. */
export async function ensureBuilt() {
  if (isStale()) await buildAll();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll();
}
