// The first window: `npm start` (the browser shell, headless) until the library shows the
// repository's articles, beside a bare React page of the same Vite build in the same Chromium,
// started the same way, in alternating rounds. `npm run bench:first-window`. Target: Ktav ≤ 1.5×
// the bare page. Each round starts from a fresh browser profile, as a first start does; both
// report the moment they were drawn from the page's own clock (a User Timing mark).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { makeSmallRepository } from '../smallRepository.js';
import { replaceSection } from '../resultsFile.js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The builds, once: Ktav's (what `npm start` would build), the bare page's, its launcher's.
const { ensureBuilt } = (await import(pathToFileURL(join(root, 'build.config.mjs')).href)) as { ensureBuilt(): Promise<void> };
await ensureBuilt();
const barePage = join(out, 'bare-page');
const react = (await import('@vitejs/plugin-react')).default;
await vite({
  configFile: false,
  root: join(root, 'bench', 'firstWindow', 'bare'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: barePage, emptyOutDir: true, target: 'chrome130' },
});
const bareWindow = join(out, 'bareWindow.mjs');
await esbuild({ entryPoints: [join(root, 'bench', 'firstWindow', 'bareWindow.ts')], outfile: bareWindow, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });

const dir = mkdtempSync(join(tmpdir(), 'ktav-bench-window-'));
const repo = join(dir, 'repo');
await makeSmallRepository(repo, { paragraphs: 1 });

/** Starts `node <args>`, waits for its "first window drawn at" line, stops it; ms from spawn to drawn. */
function firstWindow(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.timeOrigin + performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /first window drawn at ([\d.]+)/.exec(output);
      if (!m) return;
      child.stdout.off('data', onData);
      child.kill('SIGTERM');
      child.once('exit', () => resolve(Number(m[1]) - started));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      if (!/first window drawn at/.test(output)) reject(new Error(`node ${args.join(' ')} exited ${code}:\n${output}`));
    });
  });
}

const load = loadavg()[0]!.toFixed(1);
const times = { ktav: [] as number[], bare: [] as number[] };
for (let round = 0; round <= ROUNDS; round++) {
  const userData = join(dir, `user-data-${round}`);
  const env: NodeJS.ProcessEnv = { ...process.env, KTAV_USER_DATA: userData };
  delete env.DISPLAY; // headless, as on a machine without a screen; both alike
  const ktav = await firstWindow([join(root, 'main', 'start.mjs'), '--headless', '--report-first-window', '--repo', repo], env);
  const bare = await firstWindow([bareWindow, barePage, join(dir, `bare-profile-${round}`)], env);
  if (round > 0) {
    // The first round warms the file cache for both.
    times.ktav.push(ktav);
    times.bare.push(bare);
  }
}
rmSync(dir, { recursive: true, force: true });

const k = median(times.ktav);
const b = median(times.bare);
const ratio = k / b;
const body = `## First window (issue: a fast start)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${load} at the start; ${ROUNDS} alternating rounds after one warm-up, medians. From the process's start to the page's mark (\`ktav:library-drawn\`: the frame after the library showed the 10 articles of the repository), headless, a fresh browser profile each round.

| | median | runs |
|---|---:|---|
| bare React page of the same Vite build, same Chromium and launcher arguments | ${b.toFixed(0)} ms | ${times.bare.map((t) => t.toFixed(0)).join(', ')} |
| Ktav: \`npm start\` (node main/start.mjs) to the library drawn | ${k.toFixed(0)} ms | ${times.ktav.map((t) => t.toFixed(0)).join(', ')} |
| **Ktav ÷ bare** | **${ratio.toFixed(2)}×** | target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : '**not met**'} |`;
console.log(body);
await replaceSection('first-window', body);
