// The `ktav` command, run as a person runs it: the launcher in a real process, on a real repository.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { withTempDir } from '../../support/tempDir.js';
import { articleDoc, para } from '../../support/docs.js';

const KTAV = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'ktav.mjs');

function ktav(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [KTAV, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function repoWithArticle(repo: string): Promise<string> {
  const services = await createServices(repo, new MemorySettings());
  const file = await services.articles.create();
  await services.articles.save(file.id, 0, articleDoc('פארק חדש בשכונת הדר', [para('נפתח היום.')]));
  await services.close();
  return file.id;
}

describe('ktav on the command line', () => {
  it('prints help with every command', () => {
    const r = ktav(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ktav list');
    expect(r.stdout).toContain('ktav export <article>');
  });

  it('lists articles as JSON from --repo and from KTAV_REPO', async () => {
    await withTempDir(async (dir) => {
      const repo = join(dir, 'repo');
      const id = await repoWithArticle(repo);
      for (const r of [ktav(['list', '--json', '--repo', repo]), ktav(['list', '--json'], { KTAV_REPO: repo })]) {
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject([{ id, headline: 'פארק חדש בשכונת הדר', status: 'draft', words: 2 }]);
      }
      expect(JSON.parse(ktav(['list', '--json', '--status', 'approved', '--repo', repo]).stdout)).toEqual([]);
    });
  });

  it('exports an article by id or slug to an HTML file', async () => {
    await withTempDir(async (dir) => {
      const repo = join(dir, 'repo');
      const id = await repoWithArticle(repo);
      const out = join(dir, 'page.html');
      const r = ktav(['export', 'פארק-חדש-בשכונת-הדר', '--out', out, '--repo', repo, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ id, path: out });
      expect(await readFile(out, 'utf8')).toContain('<h1>פארק חדש בשכונת הדר</h1>');
    });
  });

  it('fails with a message on stderr and a non-zero exit', async () => {
    await withTempDir(async (dir) => {
      const repo = join(dir, 'repo');
      let r = ktav(['export', 'no-such-article', '--out', join(dir, 'x.html'), '--repo', repo]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('no-such-article');
      expect(r.stdout).toBe('');
      r = ktav(['list', '--status', 'published', '--repo', repo]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Unknown status');
      r = ktav(['frobnicate', '--repo', repo]);
      expect(r.code).toBe(2);
      r = ktav(['list', '--no-such-flag', '--repo', repo]);
      expect(r.code).toBe(2);
    });
  });
});
