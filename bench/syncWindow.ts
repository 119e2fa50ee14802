// The window while a sync runs: a reporter types in an open article of a shared repository of
// KTAV_BENCH_ARTICLES articles (default 10,000) with pictures, while Ktav syncs with a loopback
// smart-HTTP remote: it pushes the reporter's saves and brings in what another machine pushed (a
// change to another article and to another paragraph of the open one, which the open editor takes
// in). `npm run bench:sync-window`.
//
// Measured from Chromium's own trace: the longest task on the window's main thread (wall time,
// and the thread's own CPU time within it), for the same typing with no sync beside it as the
// baseline, in alternating rounds. Target: no task over 16 ms during a sync.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowserShell } from '../main/shells/browser/browserShell.js';
import { createServices } from '../main/services/services.js';
import { openRepository, RepositoryLayout } from '../main/services/repository.js';
import { MemorySecrets } from '../main/services/secrets/secretStore.js';
import { ConfSettings } from '../main/services/settings/confSettings.js';
import { MemorySettings } from '../main/services/settings/settingsStore.js';
import { writeSharing } from '../main/services/sync/sharing.js';
import { syncRepository } from '../main/services/sync/syncRepository.js';
import type { DocJSON } from '../shared/editor/document.js';
import type { ArticleFile } from '../shared/model/article.js';
import { startGitRemote } from '../tests/support/gitRemote.js';
import { Corpus, writeCorpusArticles } from './repositoryCorpus.js';
import { replaceSection } from './resultsFile.js';

const ARTICLES = Number(process.env.KTAV_BENCH_ARTICLES ?? 10_000);
const PICTURES = Number(process.env.KTAV_BENCH_PICTURES ?? 60);
const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 3);
/** Keys typed in each measured stretch, one every 40 ms (a fast typist), with and without a sync. */
const KEYS = 80;
const author = { name: 'דנה לוי', email: 'dana@example.org' };
const other = { name: 'הדסק', email: 'desk@example.org' };
const root = join(import.meta.dirname, '..');

// Not a timing of the build: the renderer the shell serves must exist.
const { ensureBuilt } = (await import(pathToFileURL(join(root, 'build.config.mjs')).href)) as { ensureBuilt(): Promise<void> };
await ensureBuilt();

const dir = await mkdtemp(join(tmpdir(), 'ktav-bench-sync-window-'));
const remote = await startGitRemote(join(dir, 'server'), { serverScript: join(root, 'tests', 'support', 'gitHttpServer.mjs') });
process.on('exit', () => void remote.stop());
// In a newsroom the remote is another machine; here it shares the two cores, so it runs at the
// lowest priority (its http-backend children inherit it) and takes only what the window leaves.
setPriority(remote.pid, 19);

// The shared repository: articles of ~4 KB and pictures imported as a photo editor does.
process.stdout.write(`${ARTICLES} articles, ${PICTURES} pictures: generating…`);
const seed = join(dir, 'seed');
const ids = await writeCorpusArticles(seed, ARTICLES, new Corpus(), 4_000);
{
  const services = await createServices(seed, new MemorySettings());
  const files: string[] = [];
  for (let i = 0; i < PICTURES; i++) {
    const file = join(dir, `picture-${i}.jpg`);
    const noise = Buffer.alloc(800 * 600 * 3);
    for (let b = 0; b < noise.length; b++) noise[b] = (b * 7919 + i * 104729) % 251;
    await sharp(noise, { raw: { width: 800, height: 600, channels: 3 } }).jpeg({ quality: 85 }).toFile(file);
    files.push(file);
  }
  await services.media.library.importFiles(files);
  await services.close();
}
process.stdout.write(' sharing…');
await syncRepository(new RepositoryLayout(seed), { remote: remote.url, author });
async function joinAs(name: string, who: string): Promise<string> {
  const repo = join(dir, name);
  const { layout } = await openRepository(repo);
  await syncRepository(layout, { remote: remote.url, author });
  await writeSharing(layout, new MemorySecrets(), { remote: remote.url, user: who });
  return repo;
}
const reporterRepo = await joinAs('reporter', 'dana');
const deskRepo = await joinAs('desk', 'desk');

// The open article is the newest (first in the library); the desk changes its last paragraph.
const openId = ids[ids.length - 1]!;
const articlePath = (repo: string, id: string) => join(repo, 'articles', `${id}.json`);
const opened = JSON.parse(await readFile(articlePath(reporterRepo, openId), 'utf8')) as ArticleFile;
const blocks = (file: ArticleFile) => file.doc.content as DocJSON[];
const headline = (blocks(opened)[0]!.content![0] as { text: string }).text;

let deskEdit = 0;
/** Another machine changes another article and the open one's last paragraph, and pushes. */
async function deskPushes(): Promise<void> {
  deskEdit++;
  for (const id of [ids[7]!, openId]) {
    const file = JSON.parse(await readFile(articlePath(deskRepo, id), 'utf8')) as ArticleFile;
    const last = blocks(file)[blocks(file).length - 1]!;
    last.content = [{ type: 'text', text: `פסקה שתוקנה בדסק (${deskEdit}), עם Tel Aviv ו-3.5%.` }];
    await writeFile(articlePath(deskRepo, id), `${JSON.stringify({ ...file, revision: file.revision + 1 }, null, 1)}\n`);
  }
  await syncRepository(new RepositoryLayout(deskRepo), { author: other });
}

// The reporter's window: syncing only when asked, so each measured stretch is one sync or none.
process.env.KTAV_SYNC_AFTER_WRITE_MS = String(3_600_000);
process.env.KTAV_SYNC_PERIODIC_MS = String(3_600_000);
process.stdout.write(' opening the window…');
const shell = await launchBrowserShell({
  repoDir: reporterRepo,
  profileDir: join(dir, 'profile'),
  settings: new ConfSettings(join(dir, 'user-data')),
  headless: true,
  secrets: new MemorySecrets(),
});
const page = shell.page;
await shell.runtime.services.sync.syncNow(); // the one at start, untimed
await page.getByRole('button', { name: `פתיחת הכתבה ${headline}` }).click({ timeout: 120_000 });
const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
await editor.locator('p').first().click();
await page.keyboard.press('End');

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

/** The longest top-level task on the renderer's main thread while `work` runs: wall and own CPU, ms. */
async function longestTask(cdp: CDPSession, work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  // Garbage left by what came before (opening 10,000 articles' list) is collected first, so a
  // major collection it was due is not counted against whatever stretch it happens to land in.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline']}, transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = threads
    .map((t) => ({ t, n: events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'EventDispatch').length }))
    .sort((a, b) => b.n - a.n)[0]?.t;
  if (!busiest) throw new Error('no renderer main thread in the trace');
  const tasks = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const top = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a), tasks[0]!);
  if (process.env.KTAV_BENCH_EXPLAIN && top) {
    // What the longest task was made of: its nested events, longest first.
    const inside = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X' && e !== top && e.ts >= top.ts && e.ts < top.ts + (top.dur ?? 0));
    for (const e of inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 15)) console.log(`  ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.name} ${JSON.stringify(e.args ?? {}).slice(0, 160)}`);
  }
  return { wall: (top?.dur ?? 0) / 1000, cpu: (top?.tdur ?? 0) / 1000 };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function typing(page: Page, round: number): Promise<void> {
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.type(k % 12 === 11 ? ' ' : 'אבגדהוזחטיכל'[(k + round) % 12]!);
    await pause(40);
  }
}

const cdp = await page.context().newCDPSession(page);
const load = loadavg()[0]!.toFixed(1);
const results = { none: [] as { wall: number; cpu: number }[], sync: [] as { wall: number; cpu: number }[] };
let carried = 0;
process.stdout.write(' measuring');
for (let round = 0; round < ROUNDS; round++) {
  results.none.push(await longestTask(cdp, () => typing(page, round)));
  await deskPushes();
  const before = await readFile(articlePath(reporterRepo, ids[7]!), 'utf8');
  results.sync.push(
    await longestTask(cdp, async () => {
      const typed = typing(page, round);
      await pause(400); // a save or two first, then the sync
      await shell.runtime.services.sync.syncNow();
      await typed;
      await pause(500); // what the window does with the news
    }),
  );
  if ((await readFile(articlePath(reporterRepo, ids[7]!), 'utf8')) !== before) carried++;
  process.stdout.write('.');
}
const adopted = await editor.locator('p', { hasText: `פסקה שתוקנה בדסק (${deskEdit})` }).count();
await cdp.detach();
await shell.close();
await remote.stop();
await rm(dir, { recursive: true, force: true });
if (carried !== ROUNDS || adopted !== 1) throw new Error(`the syncs did not carry the desk's changes (${carried}/${ROUNDS} rounds; open editor took in the last: ${adopted === 1})`);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const max = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => Math.max(...xs.map((x) => x[k]));
const worst = max(results.sync, 'wall');
const worstCpu = max(results.sync, 'cpu');
const body = `## The window during a sync (issue: sharing)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${load} at the start; the browser shell (headless Chromium) on a shared repository of ${ARTICLES.toLocaleString('en')} articles (~4 KB each) and ${PICTURES} pictures, with a loopback smart-HTTP remote. In each of ${ROUNDS} rounds the reporter types ${KEYS} keys (one every 40 ms) into the open article twice: once with no sync (the baseline), once while Ktav syncs — pushing the reporter's saves, and bringing in another machine's change to another article and to another paragraph of the open one, which the open editor takes in. Figures: the longest task on the window's main thread in Chromium's trace (wall time / the thread's own CPU time in it).

| round | typing, no sync | typing during a sync |
|---:|---:|---:|
${results.none.map((n, i) => `| ${i + 1} | ${ms(n.wall)} / ${ms(n.cpu)} | ${ms(results.sync[i]!.wall)} / ${ms(results.sync[i]!.cpu)} |`).join('\n')}

Longest main-thread task during a sync: **${ms(worst)}** wall; the most CPU time the thread itself used in any task during a sync: ${ms(worstCpu)} (target ≤ 16 ms: ${worst <= 16 ? 'met' : worstCpu <= 16 ? '**not met** in wall time (the thread waited for a CPU on this shared machine); met in its own CPU time' : '**not met**'}); with no sync: ${ms(max(results.none, 'wall'))}.`;
console.log(`\n\n${body}`);
await replaceSection('sync-window', body);
