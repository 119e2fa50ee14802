// A sync killed (SIGKILL) at any moment leaves a repository whose every article file is whole,
// and the next sync completes with both sides' edits: the kill lands at a different moment of a
// merging sync each round.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { startGitRemote } from '../../support/gitRemote.js';
import { bodyOf, bodyTexts, KTAV_LAUNCHER, ktavEnv, ktavIn, withRepo } from '../../support/syncRepos.js';
import { articleDoc, para } from '../../support/docs.js';
import { withTempDir } from '../../support/tempDir.js';

const sync = (repo: string, ...args: string[]) => ktavIn(repo, ['sync', ...args]);

async function edit(repo: string, id: string, index: number, text: string): Promise<void> {
  await withRepo(repo, async (s) => {
    const a = await s.articles.get(id);
    const body = bodyTexts(a.doc);
    body[index] = text;
    await s.articles.save(id, a.revision, articleDoc('כתבה', body.map((t) => para(t))));
  });
}

describe('a sync killed mid-way', () => {
  it('leaves whole files, and the next sync completes with both edits', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        const reporter = join(dir, 'reporter');
        const desk = join(dir, 'desk');
        const s = await createServices(reporter, new MemorySettings());
        const file = await s.articles.create();
        await s.articles.save(file.id, 0, articleDoc('כתבה', [para('א'), para('ב'), para('ג')]));
        await s.close();
        expect(sync(reporter, '--remote', remote.url).status).toBe(0);
        expect(sync(desk, '--remote', remote.url).status).toBe(0);

        for (const [round, delay] of [40, 90, 150, 220, 300, 400, 550, 800].entries()) {
          await edit(desk, file.id, 2, `ג מהדסק ${round}`);
          expect(sync(desk).status).toBe(0);
          await edit(reporter, file.id, 0, `א מהשטח ${round}`);
          const child = spawn(process.execPath, [KTAV_LAUNCHER, 'sync', '--repo', reporter], { env: ktavEnv(reporter), stdio: 'ignore' });
          const exited = new Promise((r) => child.once('exit', r));
          await new Promise((r) => setTimeout(r, delay));
          child.kill('SIGKILL'); // a sync that already finished is simply not killed
          await exited;

          for (const name of readdirSync(join(reporter, 'articles')).filter((n) => n.endsWith('.json'))) {
            expect(() => JSON.parse(readFileSync(join(reporter, 'articles', name), 'utf8')), name).not.toThrow();
          }
          const after = sync(reporter, '--json');
          expect(after.status, after.stderr).toBe(0);
          expect(bodyOf(reporter, file.id)).toEqual([`א מהשטח ${round}`, 'ב', `ג מהדסק ${round}`]);
          expect(sync(desk).status).toBe(0);
        }
      } finally {
        await remote.stop();
      }
    });
  }, 120_000);

  it('a machine joining, killed mid-way, keeps only whole files, and its next sync receives everything', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        const reporter = join(dir, 'reporter');
        const s = await createServices(reporter, new MemorySettings());
        const ids: string[] = [];
        for (let i = 0; i < 150; i++) {
          const file = await s.articles.create();
          await s.articles.save(file.id, 0, articleDoc(`כתבה ${i}`, [para(`פסקה ${i} `.repeat(200))]));
          ids.push(file.id);
        }
        await s.close();
        expect(sync(reporter, '--remote', remote.url).status).toBe(0);

        // The kills land through a whole join's time, measured here (the machine may be slow or busy).
        const started = performance.now();
        expect(sync(join(dir, 'desk-whole'), '--remote', remote.url).status).toBe(0);
        const whole = performance.now() - started;
        for (const [round, delay] of [0.35, 0.55, 0.75, 0.9].map((f) => Math.round(whole * f)).entries()) {
          const desk = join(dir, `desk-${round}`);
          const child = spawn(process.execPath, [KTAV_LAUNCHER, 'sync', '--repo', desk, '--remote', remote.url], { env: ktavEnv(desk), stdio: 'ignore' });
          const exited = new Promise((r) => child.once('exit', r));
          await new Promise((r) => setTimeout(r, delay));
          child.kill('SIGKILL');
          await exited;
          const articles = join(desk, 'articles');
          for (const name of (existsSync(articles) ? readdirSync(articles) : []).filter((n) => n.endsWith('.json'))) {
            expect(() => JSON.parse(readFileSync(join(articles, name), 'utf8')), name).not.toThrow();
          }
          const after = sync(desk, '--remote', remote.url);
          expect(after.status, after.stderr + after.stdout).toBe(0);
          for (const [i, id] of ids.entries()) expect(bodyOf(desk, id)).toEqual([`פסקה ${i} `.repeat(200)]);
        }
      } finally {
        await remote.stop();
      }
    });
  }, 120_000);
});
