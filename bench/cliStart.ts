// The command line's start: `ktav --help`, `ktav list` on a 10-article repository and `ktav
// import` of one Markdown file, each beside a bare `node -e ''` in the same alternating rounds.
// `npm run bench:cli`. Targets: --help ≤ 3× the bare start; list and import ≤ 5×. The commands
// run as a person runs them in a checkout: `node main/cli/ktav.mjs`, which checks the build
// first (build it once before: `node build.config.mjs`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSmallRepository } from './smallRepository.js';
import { replaceSection } from './resultsFile.js';

const root = join(import.meta.dirname, '..');
const KTAV = join(root, 'main', 'cli', 'ktav.mjs');
const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'ktav-bench-cli-'));
const repo = join(dir, 'repo');
const md = join(dir, 'note.md');
writeFileSync(md, '# שריפה בכרמל\n\nכוחות כיבוי פועלים מאז הבוקר ליד [עוספיה](https://example.org/usfiya), ב-2026.\n\n- שלוש שכונות פונו\n- הכביש נסגר\n');

await makeSmallRepository(repo);

const env = { ...process.env, KTAV_REPO: repo, KTAV_USER_DATA: join(dir, 'user-data') };
const runs: Record<string, { args: string[]; times: number[]; target: number | null }> = {
  "bare `node -e ''`": { args: ['-e', ''], times: [], target: null },
  '`ktav --help`': { args: [KTAV, '--help'], times: [], target: 3 },
  '`ktav list` (10 articles)': { args: [KTAV, 'list'], times: [], target: 5 },
  '`ktav import note.md`': { args: [KTAV, 'import', md], times: [], target: 5 },
};
const load = loadavg()[0]!.toFixed(1);
for (let round = 0; round < ROUNDS + 1; round++) {
  for (const run of Object.values(runs)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, run.args, { env, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`node ${run.args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (round > 0) run.times.push(ms); // the first round warms the file cache
  }
}
rmSync(dir, { recursive: true, force: true });

const bare = median(Object.values(runs)[0]!.times);
const rows = Object.entries(runs).map(([name, run]) => {
  const m = median(run.times);
  const ratio = m / bare;
  const verdict = run.target === null ? '' : `≤ ${run.target}×: ${ratio <= run.target ? 'met' : '**not met**'}`;
  return `| ${name} | ${m.toFixed(1)} ms | ${ratio.toFixed(2)}× | ${verdict} |`;
});
const body = `## Command line start (issue: a fast command line)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${load} at the start; ${ROUNDS} alternating rounds after one warm-up, medians of wall time.

| command | median | ÷ bare start | target |
|---|---:|---:|---|
${rows.join('\n')}`;
console.log(body);
await replaceSection('cli', body);
