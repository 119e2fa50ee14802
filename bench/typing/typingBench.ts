// Typing latency of Ktav's editor against bare ProseMirror, in the same Chromium, in the same run.
// For a 10,000-word and a 30,000-word mixed Hebrew/English article (lists and figures included)
// it opens the article in the real app (browser shell, every editor plugin active) and the same
// text in bare prosemirror-view, types into the middle of each with CDP key events (so Hebrew
// keys produce real keydown events), and measures each key from keydown to the end of the next
// frame. A second bare page carries Ktav's off-screen rule, for reference. Rounds alternate
// between the pages so drift of a shared machine hits them alike.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createServices } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { launchBrowserShell } from '../../main/shells/browser/browserShell.js';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';
import { makeCorpus, TYPED } from './corpus.js';
import { installProbe, placeCaret } from './probe.js';

export interface BenchOptions {
  root: string;
  bareScript: string;
  sizes: number[];
  keys: number;
  rounds: number;
  warmup: number;
}

interface Figures {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, n: sorted.length };
}

export async function typeInto(page: Page, keys: number, warmup: number): Promise<number[]> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  const start = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.length);
  const chars = [...TYPED];
  for (let i = 0; i < keys + warmup; i++) {
    const ch = chars[i % chars.length]!;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
    await page.evaluate((n) => (window as unknown as { __waitFor(n: number): Promise<void> }).__waitFor(n), start + i + 1);
  }
  await cdp.detach();
  const all = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return all.slice(start + warmup);
}

/**
 * Ktav's rule that lets Chromium skip off-screen blocks (renderer/features/editor/editor.css).
 * A second, reference baseline gets it too, so the table shows how much of Ktav's speed is this
 * one rule and what Ktav's own work costs against ProseMirror given the same rule.
 */
export const OFFSCREEN_RULE = '.ProseMirror > * { content-visibility: auto; contain-intrinsic-size: auto 8em; }';

export const BARE_HTML = (script: string, extraCss = '') => `<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><style>
.ProseMirror { position: relative; word-wrap: break-word; white-space: pre-wrap; font-variant-ligatures: none; outline: none;
  font-family: 'Frank Ruhl Libre', 'DejaVu Serif', serif; font-size: 1.15rem; line-height: 1.7; }
#editor { max-inline-size: 46rem; margin-inline: auto; padding: 1.5rem 2rem; }
${extraCss}
</style></head><body><div id="editor"></div><script>${script}</script></body></html>`;

export async function runTypingBench(o: BenchOptions): Promise<string> {
  // Shared machines: the load when the run starts says how far to trust the absolute figures.
  const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the start`;
  const bare = await readFile(o.bareScript, 'utf8');
  const rows: string[] = [];
  const printed: string[] = [];
  for (const size of o.sizes) {
    const corpus = makeCorpus(size);
    const dir = await mkdtemp(join(tmpdir(), 'ktav-bench-'));
    try {
      const repoDir = join(dir, 'repo');
      const services = await createServices(repoDir, new MemorySettings());
      const article = await services.articles.create();
      await services.articles.save(article.id, article.revision, corpus.ktav);
      await services.close();

      const shell = await launchBrowserShell({
        repoDir,
        profileDir: join(dir, 'profile'),
        settings: new MemorySettings(),
        headless: !process.env.DISPLAY,
      });
      // The shell closes any second page of its window, so the baseline gets its own Chromium:
      // the same binary, flags and window size.
      const baseBrowser = await chromium.launch({
        executablePath: findChromium()!,
        headless: !process.env.DISPLAY,
        args: [...CHROMIUM_ARGS, '--window-size=1280,860'],
      });
      try {
        const ktav = shell.page;
        await ktav.getByRole('button', { name: /^פתיחת הכתבה/ }).first().click();
        await ktav.locator('.ProseMirror').waitFor();
        await ktav.locator('.ProseMirror p').nth(10).waitFor();
        const barePage = async (css: string) => {
          const page = await baseBrowser.newPage({ viewport: process.env.DISPLAY ? null : { width: 1280, height: 860 } });
          await page.setContent(BARE_HTML(bare, css));
          await page.evaluate((p) => (window as unknown as { benchInit(p: string[]): void }).benchInit(p), corpus.plain);
          return page;
        };
        const basePage = await barePage('');
        const ruledPage = await barePage(OFFSCREEN_RULE);

        const middle = Math.floor(corpus.plain.length / 2);
        for (const page of [ktav, basePage, ruledPage]) {
          await page.evaluate(installProbe);
          await page.evaluate(placeCaret, middle);
        }
        const samples = { ktav: [] as number[], bare: [] as number[], ruled: [] as number[] };
        for (let r = 0; r < o.rounds; r++) {
          for (const [name, page] of [['bare', basePage], ['ruled', ruledPage], ['ktav', ktav]] as const) {
            await page.evaluate(placeCaret, middle);
            samples[name].push(...(await typeInto(page, o.keys, o.warmup)));
          }
        }
        const k = figures(samples.ktav);
        const b = figures(samples.bare);
        const c = figures(samples.ruled);
        const ratio = k.p95 / b.p95;
        const verdict = ratio <= 1.1 ? 'met' : 'NOT met';
        const f = (x: number) => x.toFixed(1);
        const words = corpus.words.toLocaleString('en');
        rows.push(
          `| ${words} | bare ProseMirror | ${f(b.p50)} | ${f(b.p95)} | ${f(b.mean)} | ${b.n} | | |`,
          `| ${words} | bare ProseMirror + Ktav's off-screen rule | ${f(c.p50)} | ${f(c.p95)} | ${f(c.mean)} | ${c.n} | | |`,
          `| ${words} | Ktav, all plugins | ${f(k.p50)} | ${f(k.p95)} | ${f(k.mean)} | ${k.n} | **${ratio.toFixed(2)}×** (${verdict}) | ${(k.p95 / c.p95).toFixed(2)}× |`,
        );
        printed.push(
          `${corpus.words} words: bare p95 ${f(b.p95)} ms, bare with the rule ${f(c.p95)} ms, Ktav p95 ${f(k.p95)} ms, ` +
            `ratio ${ratio.toFixed(2)} (target ≤ 1.10: ${verdict}); against bare with the rule ${(k.p95 / c.p95).toFixed(2)}`,
        );
      } finally {
        await baseBrowser.close();
        await shell.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(printed.join('\n'));
  return [
    '## Typing latency (issue: editor)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:typing\` (${process.env.DISPLAY ? 'headed Chromium under Xvfb' : 'headless Chromium'}, ${o.rounds} alternating rounds of ${o.keys} keys each after ${o.warmup} warm-up keys; ${load}).`,
    'Each key: keydown (CDP `Input.dispatchKeyEvent`) to the end of the next frame (rAF, then a MessageChannel tick), in ms.',
    'Typed into the middle of the article: Hebrew, English, digits, an acronym and punctuation (autocorrect fires).',
    'Baseline: bare `prosemirror-view` with the basic schema and no plugins, on the same text as plain paragraphs, in its own process of the same Chromium binary with the same flags (the shell allows no second page in its window).',
    `Reference: the same bare page with Ktav's rule for off-screen blocks (\`${OFFSCREEN_RULE}\`). Most of each keystroke in a long article is Chromium measuring the text of the whole editing area for the input method; the rule lets it skip blocks out of sight, and it is most of Ktav's lead over the baseline. The last column is Ktav's own cost given the same rule.`,
    'Where the time goes: `xvfb-run -a node bench/typing/profile.mjs` (a CPU profile of the same typing; `--trace` for Chromium\'s own work by trace event, `--bare` for the baseline).',
    '',
    '| words | editor | p50 | p95 | mean | keys | Ktav p95 ÷ bare p95 (target ≤ 1.10) | Ktav p95 ÷ bare-with-the-rule p95 |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`. */
export async function writeSection(file: string, name: string, body: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file} has no ${name} section`);
  await writeFile(file, `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`);
}
