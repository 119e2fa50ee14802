// HTML import: what the HTML parser costs in main, beside a bare Node start in the same run.
// `npm run bench:html`. For each candidate parser module: a fresh Node process that imports it
// (wall time, against `node -e ''`), then the saved web page of tests/fixtures/html parsed by
// each, and by Ktav's whole import path (parse5 → linkedom → Readability → clean-up → schema).
// jsdom, which Ktav does not install, is measured too when KTAV_BENCH_SCRATCH names a folder
// where it is installed (`npm install --prefix /tmp/scratch jsdom@29.1.1`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { htmlToBlocks } from '../main/services/import/htmlToDoc.js';
import { replaceSection } from './resultsFile.js';

const root = join(import.meta.dirname, '..');
const page = readFileSync(join(root, 'tests', 'fixtures', 'html', 'news-page.html'), 'utf8');
const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 9);
const scratch = process.env.KTAV_BENCH_SCRATCH;
const requires = [createRequire(join(root, 'package.json')), ...(scratch ? [createRequire(join(scratch, 'package.json'))] : [])];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Where a module is installed (this checkout first, then the scratch folder), or null. */
function resolved(name: string): string | null {
  for (const r of requires) {
    try {
      return r.resolve(name);
    } catch {
      // not in this folder
    }
  }
  return null;
}
const installed = (name: string) => resolved(name) !== null;
const fromScratch = (name: string) => scratch !== undefined && (resolved(name) ?? '').startsWith(scratch);

/** A fresh `node` that runs `code` (an ES module): its wall time, and the time the code itself took inside it, in ms. */
function processTime(code: string): { wall: number; inside: number } {
  const start = process.hrtime.bigint();
  const timed = `const t0 = performance.now(); ${code} console.log(performance.now() - t0);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', timed], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node -e failed: ${code}`);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, inside: Number(run.stdout.trim()) };
}

const candidates: [string, string][] = [
  ['parse5', "await import('parse5');"],
  ['htmlparser2', "await import('htmlparser2');"],
  ['linkedom', "await import('linkedom');"],
  ['parse5 + linkedom (Ktav)', "await Promise.all([import('parse5'), import('linkedom')]);"],
  ['@mozilla/readability', "await import('@mozilla/readability');"],
  ['jsdom', `await import(${JSON.stringify(resolved('jsdom') ?? 'jsdom')});`],
];
const present = candidates.filter(([name]) => installed(name.split(' ')[0]!));
const missing = candidates.filter((c) => !present.includes(c)).map(([name]) => name);

const load = new Map<string, number[]>([['bare', []], ...present.map(([n]) => [n, []] as [string, number[]])]);
const inside = new Map<string, number[]>(present.map(([n]) => [n, []]));
const before = loadavg()[0]!;
for (let i = 0; i < ROUNDS; i++) {
  load.get('bare')!.push(processTime('').wall);
  for (const [name, code] of present) {
    const t = processTime(code);
    load.get(name)!.push(t.wall);
    inside.get(name)!.push(t.inside);
  }
}
const bare = median(load.get('bare')!);

/** First call and warm median of `parse` on the saved page. */
async function parseTimes(parse: () => unknown): Promise<[number, number]> {
  let t = performance.now();
  await parse();
  const first = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await parse();
    warm.push(performance.now() - t);
  }
  return [first, median(warm)];
}

const parse5 = await import('parse5');
const { DOMParser } = await import('linkedom');
const parses: [string, [number, number]][] = [
  ['parse5 (tree only)', await parseTimes(() => parse5.parse(page))],
  ['linkedom (htmlparser2 + DOM)', await parseTimes(() => new DOMParser().parseFromString(page, 'text/html'))],
  ['parse5 → linkedom (Ktav)', await parseTimes(() => new DOMParser().parseFromString(parse5.serialize(parse5.parse(page)), 'text/html'))],
  ['Ktav’s whole import path (+ Readability, clean-up, schema)', await parseTimes(() => htmlToBlocks(page, { defaultDir: 'rtl', mayBePage: true }))],
];
if (installed('jsdom')) {
  const { JSDOM } = (await import(resolved('jsdom')!)) as unknown as { JSDOM: new (html: string) => unknown };
  parses.push(['jsdom', await parseTimes(() => new JSDOM(page))]);
}

const lines = [
  '## HTML import: the parser in main (issue: HTML comes in one way)',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${before.toFixed(1)} at the start; ${ROUNDS} alternating rounds, medians.`,
  'Load: wall time of a fresh `node` that imports the module, beside `node -e \'\'` in the same rounds, and the time of the `import()` alone inside that process (steadier when the machine is busy).',
  `Parse: the saved news page of \`tests/fixtures/html/news-page.html\` (${Math.round(page.length / 1024)} KB), first call and warm median of 20.`,
  ...(missing.length ? [`Not installed in this checkout, so not measured here: ${missing.join(', ')}.`] : []),
  ...(fromScratch('jsdom') ? ['jsdom (not a dependency of Ktav) measured from a scratch install of jsdom 29.1.1, the last version that runs on Node 20.'] : []),
  '',
  '| module | process wall time | ÷ bare start | `import()` inside the process | `import()` ÷ bare start |',
  '|---|---:|---:|---:|---:|',
  `| bare \`node -e ''\` | ${ms(bare)} | 1.00× | | |`,
  ...present.map(([name]) => {
    const m = median(load.get(name)!);
    const i = median(inside.get(name)!);
    return `| ${name} | ${ms(m)} | ${(m / bare).toFixed(2)}× | ${ms(i)} | ${(i / bare).toFixed(2)}× |`;
  }),
  '',
  '| parse of the saved page | first | warm |',
  '|---|---:|---:|',
  ...parses.map(([name, [first, warm]]) => `| ${name} | ${ms(first)} | ${ms(warm)} |`),
];
const body = lines.join('\n');
console.log(body);
await replaceSection('html', body);
