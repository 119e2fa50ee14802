// TEMP experiment: where Ktav's slow keys fall relative to the pauses.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { launchBrowserShell } from '../../main/shells/browser/browserShell.js';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';
import { makeCorpus } from './corpus.js';
import { installProbe, placeCaret } from './probe.js';
import { BARE_HTML, typeInto } from './typingBench.js';
import { PLAIN_SCRIPT } from './plainPage.js';

export async function run(size: number, mode: string) {
  const corpus = makeCorpus(size);
  const dir = await mkdtemp(join(tmpdir(), 'ktav-tail-'));
  const repoDir = join(dir, 'repo');
  const services = await createServices(repoDir, new MemorySettings());
  const article = await services.articles.create();
  await services.articles.save(article.id, article.revision, corpus.ktav);
  await services.close();
  const shell = await launchBrowserShell({ repoDir, profileDir: join(dir, 'profile'), settings: new MemorySettings(), headless: false });
  const ktav = shell.page;
  await ktav.getByRole('button', { name: /^פתיחת הכתבה/ }).first().click();
  await ktav.locator('.ProseMirror p').nth(10).waitFor();
  await ktav.locator('.ProseMirror .ktav-misspelled').first().waitFor({ timeout: 60_000 });
  if (mode.includes('mouse')) await ktav.mouse.move(1, 1);
  const browser = await chromium.launch({ executablePath: findChromium()!, headless: false, args: [...CHROMIUM_ARGS, '--window-size=1280,860'] });
  const plain = await browser.newPage({ viewport: null });
  await plain.setContent(BARE_HTML(PLAIN_SCRIPT));
  await plain.evaluate((p) => (window as unknown as { benchInit(p: string[]): void }).benchInit(p), corpus.plain);
  const middle = Math.floor(corpus.plain.length / 2);
  for (const p of [ktav, plain]) { await p.evaluate(installProbe); await p.evaluate(placeCaret, middle); }
  await ktav.waitForTimeout(1500);
  const res: Record<string, number[]> = { ktav: [], plain: [] };
  for (let r = 0; r < 3; r++) {
    for (const [n, p] of [['plain', plain], ['ktav', ktav]] as const) {
      await p.evaluate(placeCaret, middle);
      res[n]!.push(...(await typeInto(p, 250, 20, { every: 50, ms: 600 })));
    }
  }
  for (const [n, xs] of Object.entries(res)) {
    const s = [...xs].sort((a, b) => a - b);
    const p95 = s[Math.floor(0.95 * s.length)]!;
    const slow = xs.map((ms, i) => ({ ms, i })).filter((x) => x.ms >= p95);
    const afterPause = slow.filter((x) => x.i % 50 === 0).length;
    const byPos = new Map<number, number>();
    for (const x of slow) byPos.set(x.i % 50, (byPos.get(x.i % 50) ?? 0) + 1);
    console.log(n, 'p50', s[Math.floor(s.length / 2)]!.toFixed(1), 'p95', p95.toFixed(1), 'p99', s[Math.floor(0.99 * s.length)]!.toFixed(1), 'slow', slow.length, 'first-after-pause', afterPause, 'positions', [...byPos].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k}:${v}`).join(' '));
    console.log('  hist', [10, 14, 17, 20, 25, 30, 35, 50].map((t) => `<${t}:${xs.filter((x) => x < t).length}`).join(' '));
  }
  await browser.close();
  await shell.close();
}
