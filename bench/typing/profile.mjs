// `xvfb-run -a node bench/typing/profile.mjs`: a CPU profile of Ktav while the typing benchmark
// types (see profileTyping.ts). Builds the renderer unminified into bench/out/profile-renderer
// (the app's own dist/ is left alone) and prints the costliest functions; writes nothing else.
// Options: --size N (words, default 30000), --keys N (default 200), --top N (default 30),
// --trace (Chromium's timeline by event instead of the JavaScript profile), --bare (the
// benchmark's baseline, bare ProseMirror, instead of Ktav), --setup JS (run in the page before
// typing, to try a hypothesis: e.g. turning a stylesheet rule off), --init JS (run before the
// app's own scripts), --renders (which React components render while typing), --under NAME
// (where the time goes inside the calls of one function, e.g. performWorkUntilDeadline), --mouse X,Y
// (where the mouse rests while typing).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'bench', 'out');
const appDir = join(out, 'profile-renderer');
const { values } = parseArgs({ options: { size: { type: 'string' }, keys: { type: 'string' }, top: { type: 'string' }, trace: { type: 'boolean' }, bare: { type: 'boolean' }, setup: { type: 'string' }, init: { type: 'string' }, renders: { type: 'boolean' }, under: { type: 'string' }, mouse: { type: 'string' } } });

await build({ entryPoints: [join(here, 'barePage.ts')], outfile: join(out, 'bare.js'), bundle: true, platform: 'browser', format: 'iife', logLevel: 'warning' });
await build({ entryPoints: [join(here, 'profileTyping.ts')], outfile: join(out, 'profileTyping.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const vite = await import('vite');
await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: appDir, minify: false, sourcemap: true, emptyOutDir: true } });
const buildConfig = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
await buildConfig.ensureBuilt(); // main's bundles (the browser shell's services)

const { profileTyping } = await import(pathToFileURL(join(out, 'profileTyping.mjs')).href);
console.log(
  await profileTyping({
    root,
    appDir,
    size: Number(values.size ?? 30000),
    keys: Number(values.keys ?? 200),
    warmup: 20,
    top: Number(values.top ?? 30),
    mode: values.trace ? 'trace' : 'cpu',
    bare: values.bare ?? false,
    bareScript: join(out, 'bare.js'),
    setup: values.setup,
    init: values.init,
    renders: values.renders ?? false,
    under: values.under,
    mouse: values.mouse,
  }),
);
