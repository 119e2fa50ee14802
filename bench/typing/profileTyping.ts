// A CPU profile of Ktav while the typing benchmark types, so the cost of a keystroke is found by
// measurement: the same article, caret and keys as the benchmark, in an unminified build of the
// renderer (names and source maps intact). Prints where the main thread spent its time per key
// (script, style, layout, from Chromium's Performance metrics) and the functions with the most
// self and total time, mapped back to their source files.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { createServices } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { launchBrowserShell } from '../../main/shells/browser/browserShell.js';
import { makeCorpus, type Corpus } from './corpus.js';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';
import { installProbe, placeCaret } from './probe.js';
import { countReactRenders } from './reactRenders.js';
import { BARE_HTML, restMouse, typeInto } from './typingBench.js';
import { TYPED } from './corpus.js';

export interface ProfileOptions {
  root: string;
  /** The unminified renderer build (with source maps). */
  appDir: string;
  size: number;
  keys: number;
  warmup: number;
  top: number;
  /** `cpu`: a sampling CPU profile of JavaScript; `trace`: Chromium's timeline (style, layout, paint, script) by event. */
  mode: 'cpu' | 'trace';
  /** Profile bare ProseMirror (the benchmark's baseline page) instead of Ktav. */
  bare: boolean;
  bareScript: string;
  /** JavaScript run in the page before typing, to try a hypothesis (`--setup "…"`); it may define `window.__benchReport()` returning text to print. */
  setup?: string;
  /** JavaScript run before the app's own scripts (`--init "…"`, the page is reloaded for it): e.g. a React DevTools hook that counts renders. */
  init?: string;
  /** Count the React components that render while typing (./reactRenders.ts). */
  renders?: boolean;
  /** Also list self time only within calls of the function of this name. */
  under?: string;
  /** Where the mouse rests while typing, "x,y" in the page (default: over the text, as the benchmark has it). */
  mouse?: string;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Names each profile node by function and original source position. */
async function namer(appDir: string): Promise<(f: CallFrame) => Promise<string>> {
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapFor = async (url: string): Promise<SourceMapConsumer | null> => {
    if (!maps.has(url)) {
      const file = join(appDir, 'assets', basename(new URL(url).pathname));
      const raw = await readFile(`${file}.map`, 'utf8').catch(() => null);
      maps.set(url, raw ? new SourceMapConsumer(JSON.parse(raw) as RawSourceMap) : null);
    }
    return maps.get(url)!;
  };
  return async (f: CallFrame) => {
    if (!f.url) return f.functionName || '(anonymous)';
    const map = f.url.startsWith('http') ? await mapFor(f.url) : null;
    const at = map?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    const source = at?.source ? at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '') : basename(f.url);
    return `${f.functionName || '(anonymous)'}  ${source}:${at?.line ?? f.lineNumber + 1}`;
  };
}

function table(title: string, rows: [string, number][], perKey: number, top: number): string {
  const lines = rows
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${(ms / perKey).toFixed(3).padStart(8)} ms/key  ${name}`);
  return [`${title}`, ...lines].join('\n');
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what a busy shared machine distorts least. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

/** Self time of each complete event on the renderer's main thread while `work` runs. */
export async function traceTyping(cdp: CDPSession, work: () => Promise<unknown>, saveTo: string): Promise<[string, number][]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'cc', 'gpu', 'toplevel', 'accessibility', 'renderer', 'input', 'benchmark'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await work();
  await cdp.send('Tracing.end');
  await done;
  // The whole trace too, for DevTools' Performance panel (Load profile…).
  await writeFile(saveTo, JSON.stringify({ traceEvents: events }));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'));
  if (!main) throw new Error('no renderer main thread in the trace');
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  // Nesting by wall time, amounts in thread time.
  const stack: { end: number; label: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      self.set(top.label, (self.get(top.label) ?? 0) + (top.dur - top.child) / 1000);
      if (stack.length) stack[stack.length - 1]!.child += top.dur;
    }
  };
  for (const e of spans) {
    close(e.ts);
    const fn = e.args?.data?.functionName;
    stack.push({ end: e.ts + e.dur!, label: fn ? `${e.name} (${fn})` : e.name, child: 0, dur: e.tdur ?? e.dur! });
  }
  close(Infinity);
  return [...self.entries()];
}

/** The page to profile, with the caret placed where the benchmark types. */
export async function openEditor(o: ProfileOptions, dir: string, corpus: Corpus): Promise<{ page: Page; close(): Promise<void> }> {
  if (o.bare) {
    const browser = await chromium.launch({ executablePath: findChromium()!, headless: !process.env.DISPLAY, args: [...CHROMIUM_ARGS, '--window-size=1280,860'] });
    const page = await browser.newPage({ viewport: process.env.DISPLAY ? null : { width: 1280, height: 860 } });
    await page.setContent(BARE_HTML(await readFile(o.bareScript, 'utf8')));
    await page.evaluate((p) => (window as unknown as { benchInit(p: string[]): void }).benchInit(p), corpus.plain);
    return { page, close: () => browser.close() };
  }
  const repoDir = join(dir, 'repo');
  const services = await createServices(repoDir, new MemorySettings());
  const article = await services.articles.create();
  await services.articles.save(article.id, article.revision, corpus.ktav);
  await services.close();
  const shell = await launchBrowserShell({ repoDir, profileDir: join(dir, 'profile'), settings: new MemorySettings(), headless: !process.env.DISPLAY, appDir: o.appDir });
  const page = shell.page;
  if (o.init || o.renders) {
    if (o.init) await page.addInitScript(o.init);
    if (o.renders) await page.addInitScript(`(${countReactRenders.toString()})(${o.warmup})`);
    await page.reload();
  }
  await page.getByRole('button', { name: /^פתיחת הכתבה/ }).first().click();
  await page.locator('.ProseMirror p').nth(10).waitFor();
  return { page, close: () => shell.close() };
}

export async function profileTyping(o: ProfileOptions): Promise<string> {
  const load = `load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;
  const corpus = makeCorpus(o.size);
  const dir = await mkdtemp(join(tmpdir(), 'ktav-profile-'));
  const name = await namer(o.appDir);
  const who = o.bare ? 'bare ProseMirror' : 'Ktav';
  try {
    const editor = await openEditor(o, dir, corpus);
    try {
      const page = editor.page;
      if (o.setup) await page.evaluate(o.setup);
      await page.evaluate(installProbe);
      const middle = Math.floor(corpus.plain.length / 2);
      await page.evaluate(placeCaret, middle);
      if (o.mouse) await page.mouse.move(...(o.mouse.split(',').map(Number) as [number, number]));
      else await restMouse(page);
      await typeInto(page, o.warmup, 0);

      // Chromium walks the whole editing root on every frame (text input state for the IME), so the
      // size of the editor's DOM matters as much as the script.
      const dom = await page.evaluate(() => {
        const root = document.querySelector('.ProseMirror')!;
        const kinds = new Map<string, number>();
        for (const el of root.querySelectorAll('*')) kinds.set(el.nodeName.toLowerCase(), (kinds.get(el.nodeName.toLowerCase()) ?? 0) + 1);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let texts = 0;
        while (walker.nextNode()) texts++;
        return `editor DOM: ${root.querySelectorAll('*').length} elements (${[...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', ')}), ${texts} text nodes`;
      });
      const cdp = await page.context().newCDPSession(page);
      if (o.mode === 'trace') {
        const saved = join(o.root, 'bench', 'out', `typing-trace-${o.bare ? 'bare' : 'ktav'}.json`);
        const summary = await traceTyping(cdp, () => typeInto(page, o.keys, 0), saved);
        await cdp.detach();
        return [`${who}, ${corpus.words} words, ${o.keys} keys (${load}; tracing adds time)`, dom, '', table('Renderer main thread, self CPU time by trace event:', summary, o.keys, o.top), '', `(trace written to ${relative(o.root, saved)})`].join('\n');
      }
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const before = await metrics(cdp);
      await cdp.send('Profiler.start');
      const latencies = await typeInto(page, o.keys, 0);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const after = await metrics(cdp);
      await cdp.detach();
      // A --setup hypothesis may leave a `window.__benchReport()` to say what it saw.
      const report = await page.evaluate(() => (window as unknown as { __benchReport?: () => string }).__benchReport?.() ?? '');

      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const names = new Map<number, string>();
      for (const n of profile.nodes) names.set(n.id, await name(n.callFrame));
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      const within = new Map<string, number>();
      for (let i = 0; i < profile.samples.length - 1; i++) {
        const ms = profile.timeDeltas[i + 1]! / 1000;
        const id = profile.samples[i]!;
        const own = names.get(id)!;
        self.set(own, (self.get(own) ?? 0) + ms);
        const seen = new Set<string>();
        if (o.under) {
          for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
            if (byId.get(at)!.callFrame.functionName !== o.under) continue;
            within.set(own, (within.get(own) ?? 0) + ms);
            break;
          }
        }
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const label = names.get(at)!;
          if (seen.has(label) || byId.get(at)!.callFrame.functionName === '(root)') continue;
          seen.add(label);
          total.set(label, (total.get(label) ?? 0) + ms);
        }
      }
      const idle = self.get('(idle)') ?? 0;
      const busy = [...self.entries()].filter(([k]) => k !== '(idle)').reduce((a, [, v]) => a + v, 0);
      const d = (k: string) => ((after[k]! - before[k]!) * 1000) / o.keys;
      const sorted = [...latencies].sort((a, b) => a - b);
      const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      // The slowest twentieth of the keys (what p95 is made of), with what was typed just before.
      const chars = [...TYPED];
      const slowest = latencies
        .map((ms, i) => ({ ms, i }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, Math.max(1, Math.ceil(latencies.length / 20)))
        .map(({ ms, i }) => {
          // The latencies start after the warm-up keys: key i typed character warmup + i.
          const at = (o.warmup + i) % chars.length;
          return `${JSON.stringify(chars.slice(Math.max(0, at - 4), at + 1).join(''))} ${ms.toFixed(1)}`;
        });
      return [
        `${who}, ${corpus.words} words, ${o.keys} keys (${load}; the profiler itself adds time)`,
        `latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`,
        `slowest keys (the key is the last character shown, in ms): ${slowest.join(', ')}`,
        dom,
        `main thread per key: busy ${(busy / o.keys).toFixed(2)} ms (idle ${(idle / o.keys).toFixed(2)}); ` +
          `Chromium metrics per key: task ${d('TaskDuration').toFixed(2)}, script ${d('ScriptDuration').toFixed(2)}, ` +
          `style ${d('RecalcStyleDuration').toFixed(2)}, layout ${d('LayoutDuration').toFixed(2)} ms`,
        '',
        table('Top self time:', [...self.entries()].filter(([k]) => k !== '(idle)'), o.keys, o.top),
        '',
        table(
          'Top total time (own code and ProseMirror):',
          [...total.entries()].filter(([k]) => !k.startsWith('(')),
          o.keys,
          o.top,
        ),
        '',
        table('Top total time (Ktav\'s own code):', [...total.entries()].filter(([k]) => / (renderer|shared)\//.test(k)), o.keys, o.top),
        '',
        ...(o.under ? [table(`Self time within ${o.under}:`, [...within.entries()], o.keys, o.top), ''] : []),
        `(sources relative to ${relative(process.cwd(), o.root) || '.'})`,
        ...(report ? ['', 'Report of the --setup, --init or --renders script:', report] : []),
      ].join('\n');
    } finally {
      await editor.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
