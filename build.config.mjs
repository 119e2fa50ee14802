// Builds Ktav: the renderer with Vite, and main (Electron shell, preload, browser shell, CLI)
// with esbuild. `node build.config.mjs` builds everything; the start script imports
// `ensureBuilt` and the `ktav` launcher `isMainStale`/`buildMain` to rebuild only when a source
// is newer than the build. esbuild and Vite are imported when a build runs, not before, so that
// a `ktav` command with nothing to rebuild starts at once.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const SOURCES = ['main', 'shared', 'renderer', 'package.json', 'vite.config.ts', 'build.config.mjs'];
const MAIN_SOURCES = ['main', 'shared', 'package.json', 'build.config.mjs'];

// dist/main/<name>.js for each; the modules they share, and those a command or a screen imports
// only when first used, become chunks in dist/main/chunks/, loaded on demand.
const nodeEntries = {
  electron: 'main/shells/electron/main.ts',
  browser: 'main/shells/browser/main.ts',
  cli: 'main/cli/index.ts',
  searchWorker: 'main/services/search/searchWorker.ts',
  spellWorker: 'main/services/spelling/spellWorker.ts',
};

export async function buildMain() {
  const { build: esbuild } = await import('esbuild');
  // Chunks are named by their content; the previous build's would otherwise pile up.
  rmSync(join(dist, 'main', 'chunks'), { recursive: true, force: true });
  await Promise.all([
    esbuild({
      entryPoints: Object.fromEntries(Object.entries(nodeEntries).map(([name, path]) => [name, join(root, path)])),
      outdir: join(dist, 'main'),
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    }),
    // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
    esbuild({
      entryPoints: [join(root, 'main/shells/electron/preload.ts')],
      outfile: join(dist, 'main/preload.cjs'),
      bundle: true,
      platform: 'node',
      target: 'chrome140',
      format: 'cjs',
      external: ['electron'],
      minify: true,
      logLevel: 'warning',
    }),
  ]);
  mkdirSync(dist, { recursive: true });
  writeFileSync(mainStampFile, new Date().toISOString());
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
const mainStampFile = join(dist, '.build-main-stamp');

function newerThan(stamp, sources) {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

/** Whether any source is newer than the last full build. */
export function isStale() {
  return newerThan(stampFile, SOURCES);
}

/** Whether a source of main (what the command line runs) is newer than its last build. */
export function isMainStale() {
  return newerThan(mainStampFile, MAIN_SOURCES);
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
