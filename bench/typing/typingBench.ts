// Typing latency of Ktav's editor against the editors people would pick instead, in the same
// Chromium, in the same run: a plain contenteditable (the floor), bare ProseMirror (and the same
// with Ktav's off-screen rule, for reference) and Lexical. For a 10,000-word and a 30,000-word
// mixed Hebrew/English article (lists and figures included) it opens the article in the real app
// (browser shell, every editor plugin active, spell checking on) and the same text in each other
// editor, types into the middle of each with CDP key events (so Hebrew keys produce real keydown
// events), and measures each key from keydown to the end of the next frame. Rounds alternate
// between the pages so drift of a shared machine hits them alike; run.mjs runs it all three times.
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
import { PLAIN_SCRIPT } from './plainPage.js';

export interface BenchOptions {
  root: string;
  /** Bundled page scripts: bare ProseMirror and Lexical. */
  bareScript: string;
  lexicalScript: string;
  sizes: number[];
  keys: number;
  rounds: number;
  warmup: number;
  /** A pause of `pauseMs` after every `pauseEvery` keys (0: none), longer than the editor's typing pause. */
  pauseEvery: number;
  pauseMs: number;
}

export interface Figures {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

/** The editors of one run, in the order of the table. */
export const EDITORS = ['plain', 'bare', 'ruled', 'lexical', 'ktav'] as const;
export type EditorName = (typeof EDITORS)[number];

export const EDITOR_LABELS: Record<EditorName, string> = {
  plain: 'plain `contenteditable` (the floor)',
  bare: 'bare ProseMirror',
  ruled: "bare ProseMirror + Ktav's off-screen rule",
  lexical: 'Lexical (`registerRichText`)',
  ktav: 'Ktav, all plugins, spell checking on',
};

export interface SizeResult {
  words: number;
  figures: Record<EditorName, Figures>;
  /** Misspelled words Ktav had underlined when typing began and when it ended. */
  underlined: { before: number; after: number };
}

export interface RunResult {
  date: string;
  /** Load average when the run started. */
  load: number;
  cores: number;
  headed: boolean;
  sizes: SizeResult[];
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, n: sorted.length };
}

export async function typeInto(page: Page, keys: number, warmup: number, pause: { every: number; ms: number } = { every: 0, ms: 0 }): Promise<number[]> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  const start = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.length);
  const chars = [...TYPED];
  for (let i = 0; i < keys + warmup; i++) {
    const ch = chars[i % chars.length]!;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
    await page.evaluate((n) => (window as unknown as { __waitFor(n: number): Promise<void> }).__waitFor(n), start + i + 1);
    if (pause.every > 0 && i >= warmup && (i - warmup + 1) % pause.every === 0) await page.waitForTimeout(pause.ms);
  }
  await cdp.detach();
  const all = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return all.slice(start + warmup);
}

/**
 * Puts the mouse over the text below the caret, as a reporter's rests while typing, in every
 * editor alike. It matters: after each frame that changed the layout Chromium finds what is under
 * the mouse again (a hit test of the page), and the page Ktav opens by a click would otherwise be
 * the only one with a mouse in it.
 */
export async function restMouse(page: Page): Promise<void> {
  const at = await page.evaluate(() => {
    const r = document.querySelector('[contenteditable="true"]')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: innerHeight * 0.65 };
  });
  await page.mouse.move(at.x, at.y);
}

/**
 * Ktav's rule that lets Chromium skip off-screen blocks (renderer/features/editor/editor.css).
 * A second, reference baseline gets it too, so the table shows how much of Ktav's speed is this
 * one rule and what Ktav's own work costs against ProseMirror given the same rule.
 */
export const OFFSCREEN_RULE = '.ProseMirror > * { content-visibility: auto; contain-intrinsic-size: auto 8em; }';

/** A page of the same font, size, width and direction as Ktav's editor; `.bench-editor` is the root of the pages that are not ProseMirror. */
export const BARE_HTML = (script: string, extraCss = '') => `<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><style>
.ProseMirror, .bench-editor { position: relative; word-wrap: break-word; white-space: pre-wrap; font-variant-ligatures: none; outline: none;
  font-family: 'Frank Ruhl Libre', 'DejaVu Serif', serif; font-size: 1.15rem; line-height: 1.7; }
#editor { max-inline-size: 46rem; margin-inline: auto; padding: 1.5rem 2rem; }
${extraCss}
</style></head><body><div id="editor"></div><script>${script}</script></body></html>`;

/** The misspelled words Ktav's editor has underlined now. */
const underlinedNow = (page: Page) => page.locator('.ProseMirror .ktav-misspelled').count();

/** One run: every size, every editor, rounds alternating between them. */
export async function runTypingBench(o: BenchOptions): Promise<RunResult> {
  // Shared machines: the load when the run starts says how far to trust the absolute figures.
  const result: RunResult = { date: new Date().toISOString().slice(0, 10), load: loadavg()[0]!, cores: cpus().length, headed: !!process.env.DISPLAY, sizes: [] };
  const scripts = { bare: await readFile(o.bareScript, 'utf8'), lexical: await readFile(o.lexicalScript, 'utf8') };
  const pause = { every: o.pauseEvery, ms: o.pauseMs };
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
      // The shell closes any second page of its window, so the other editors get their own
      // Chromium: the same binary, flags and window size.
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
        // Spell checking is on: the article's first misspelled words are underlined.
        await ktav.locator('.ProseMirror .ktav-misspelled').first().waitFor({ timeout: 60_000 });
        const page = async (script: string, css = '') => {
          const p = await baseBrowser.newPage({ viewport: process.env.DISPLAY ? null : { width: 1280, height: 860 } });
          await p.setContent(BARE_HTML(script, css));
          await p.evaluate((paragraphs) => (window as unknown as { benchInit(p: string[]): void }).benchInit(paragraphs), corpus.plain);
          await p.locator('[contenteditable="true"] p').nth(10).waitFor();
          return p;
        };
        const pages: Record<EditorName, Page> = {
          plain: await page(PLAIN_SCRIPT),
          bare: await page(scripts.bare),
          ruled: await page(scripts.bare, OFFSCREEN_RULE),
          lexical: await page(scripts.lexical),
          ktav,
        };

        const middle = Math.floor(corpus.plain.length / 2);
        for (const name of EDITORS) {
          await pages[name].evaluate(installProbe);
          await pages[name].evaluate(placeCaret, middle);
        }
        await ktav.waitForTimeout(1500);
        const before = await underlinedNow(ktav);
        const samples = Object.fromEntries(EDITORS.map((n) => [n, [] as number[]])) as unknown as Record<EditorName, number[]>;
        for (let r = 0; r < o.rounds; r++) {
          for (const name of EDITORS) {
            await pages[name].evaluate(placeCaret, middle);
            await restMouse(pages[name]);
            samples[name].push(...(await typeInto(pages[name], o.keys, o.warmup, pause)));
          }
        }
        await ktav.waitForTimeout(1500);
        const after = await underlinedNow(ktav);
        const size: SizeResult = {
          words: corpus.words,
          figures: Object.fromEntries(EDITORS.map((n) => [n, figures(samples[n])])) as Record<EditorName, Figures>,
          underlined: { before, after },
        };
        result.sizes.push(size);
        const f = (x: number) => x.toFixed(1);
        console.log(`${corpus.words} words: ` + EDITORS.map((n) => `${n} p95 ${f(size.figures[n].p95)}`).join(', ') + ` (underlined ${before} → ${after})`);
      } finally {
        await baseBrowser.close();
        await shell.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return result;
}

/** The goals: Ktav ahead of Lexical, and within 1.2× the plain contenteditable (p95). */
export function goals(size: SizeResult): { aheadOfLexical: boolean; withinFloor: boolean; floorRatio: number; lexicalRatio: number } {
  const k = size.figures.ktav.p95;
  return { aheadOfLexical: k < size.figures.lexical.p95, withinFloor: k <= 1.2 * size.figures.plain.p95, floorRatio: k / size.figures.plain.p95, lexicalRatio: k / size.figures.lexical.p95 };
}

/** The RESULTS section for all runs: each run's table, then the spread of p95 over the runs and the goals. */
export function typingSection(runs: RunResult[], o: Pick<BenchOptions, 'keys' | 'rounds' | 'warmup' | 'pauseEvery' | 'pauseMs'>): string {
  const f = (x: number) => x.toFixed(1);
  const words = (n: number) => n.toLocaleString('en');
  const lines: string[] = [
    '## Typing latency (issues: editor, spelling)',
    '',
    `Measured ${runs[0]!.date} with \`npm run bench:typing\`: the whole bench ${runs.length === 1 ? 'once' : runs.length === 3 ? 'three times' : `${runs.length} times`}${runs.length > 1 ? ' in a row' : ''} (${runs[0]!.headed ? 'headed Chromium under Xvfb' : 'headless Chromium'}, ${o.rounds} alternating rounds of ${o.keys} keys per editor and size after ${o.warmup} warm-up keys, a ${o.pauseMs} ms pause after every ${o.pauseEvery} keys, the mouse resting over the text in every editor; load average at the start of each run ${runs.map((r) => r.load.toFixed(1)).join(', ')} on ${runs[0]!.cores} cores).`,
    'Each key: keydown (CDP `Input.dispatchKeyEvent`) to the end of the next frame (rAF, then a MessageChannel tick), in ms. Typed into the middle of the article: Hebrew, English, digits, an acronym and punctuation (autocorrect fires).',
    "The pauses are longer than the editor's typing pause (0.4 s), so in each round Ktav's spell checking checks the paragraph being typed several times and draws its underlines, and the key after a pause pays for whatever that left behind.",
    'Every editor has the same text, font, size and width, the others each in a page of its own in a second process of the same Chromium binary with the same flags (the shell allows no second page in its window): a plain `contenteditable` div (the browser alone, the floor), bare `prosemirror-view` with the basic schema and no plugins, the same with Ktav\'s rule for off-screen blocks (`' +
      OFFSCREEN_RULE +
      '`, most of Ktav\'s lead over bare ProseMirror: Chromium measures the text of the whole editing area for the input method at each frame, and the rule lets it skip blocks out of sight), and Lexical 0.52 (`createEditor` + `registerRichText`, its production build, no React).',
    "Ktav runs in the real app (browser shell, every editor plugin), with spell checking on: its row counts the misspelled words it had underlined in the whole article when typing began and when it ended.",
    'Goals: Ktav p95 below Lexical\'s, and at most 1.2× the plain contenteditable\'s, at both sizes. Where the time goes: `xvfb-run -a node bench/typing/profile.mjs`.',
    '',
    '### p95 over the runs (min–max)',
    '',
    '| words | ' + EDITORS.map((n) => EDITOR_LABELS[n]).join(' | ') + ' | Ktav ÷ plain (≤ 1.2) | Ktav ÷ Lexical (< 1) |',
    '|---|' + EDITORS.map(() => '---').join('|') + '|---|---|',
  ];
  const span = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? f(xs[0]!) : `${f(Math.min(...xs))}–${f(Math.max(...xs))}`);
  const ratioSpan = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  const sizes = runs[0]!.sizes.length;
  const verdicts: string[] = [];
  for (let i = 0; i < sizes; i++) {
    const per = runs.map((r) => r.sizes[i]!);
    const g = per.map(goals);
    lines.push(
      `| ${words(per[0]!.words)} | ` +
        EDITORS.map((n) => span(per.map((s) => s.figures[n].p95))).join(' | ') +
        ` | ${ratioSpan(g.map((x) => x.floorRatio))} | ${ratioSpan(g.map((x) => x.lexicalRatio))} |`,
    );
    const floor = g.filter((x) => x.withinFloor).length;
    const lexical = g.filter((x) => x.aheadOfLexical).length;
    verdicts.push(
      `- ${words(per[0]!.words)} words: Ktav within 1.2× plain contenteditable in **${floor} of ${runs.length}** runs (${floor === runs.length ? 'met' : 'NOT met'}); ahead of Lexical in **${lexical} of ${runs.length}** runs (${lexical === runs.length ? 'met' : 'NOT met'}).`,
    );
  }
  lines.push('', ...verdicts);
  for (const [r, run] of runs.entries()) {
    lines.push('', `### Run ${r + 1} of ${runs.length} (load average ${run.load.toFixed(1)} at its start)`, '', '| words | editor | p50 | p95 | mean | keys | Ktav p95 ÷ this p95 |', '|---|---|---|---|---|---|---|');
    for (const size of run.sizes) {
      for (const n of EDITORS) {
        const x = size.figures[n];
        const ratio = n === 'ktav' ? `underlined ${size.underlined.before} → ${size.underlined.after}` : `${(size.figures.ktav.p95 / x.p95).toFixed(2)}×`;
        lines.push(`| ${words(size.words)} | ${EDITOR_LABELS[n]} | ${f(x.p50)} | ${f(x.p95)} | ${f(x.mean)} | ${x.n} | ${ratio} |`);
      }
    }
  }
  return lines.join('\n');
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
