// `ktav sync` against a real git remote on loopback (Debian's git http-backend): linking, joining,
// a status that travels, edits to different paragraphs that both survive, the same paragraph
// kept on both sides, and the remote that cannot be reached, refuses, or is not Ktav's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGitRemote } from '../../support/gitRemote.js';
import { jpeg } from '../../support/mediaImages.js';
import { articleDoc, para } from '../../support/docs.js';
import { bodyOf, ktavIn, withRepo } from '../../support/syncRepos.js';
import { withTempDir } from '../../support/tempDir.js';

function ktav(repo: string, args: string[], env: Record<string, string> = {}) {
  const r = ktavIn(repo, args, env);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as { pushed: number; pulled: number; merged: number; conflicts: { subject: { id?: string; path?: string }; place: { kind: string; block?: unknown }; keptAt: string | null }[] } };
}

describe('ktav sync', () => {
  it('links, joins, carries a status, merges different paragraphs and keeps both texts of the same one', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        const reporter = join(dir, 'reporter');
        const desk = join(dir, 'desk');
        const id = await withRepo(reporter, async (s) => {
          const file = await s.articles.create();
          await s.articles.save(file.id, 0, articleDoc('שריפה בכרמל', [para('פסקה ראשונה.'), para('פסקה שנייה.'), para('פסקה שלישית.')]));
          return file.id;
        });

        // Linking: the empty remote receives the repository, without what is derived or private.
        const first = ktav(reporter, ['sync', '--remote', remote.url, '--user', 'dana', '--json']);
        expect(first.code, first.stderr).toBe(0);
        expect(first.json().pushed).toBeGreaterThan(0);
        const tree = execFileSync('git', ['-C', remote.bareDir, 'ls-tree', '-r', '--name-only', 'main'], { encoding: 'utf8' }).split('\n');
        expect(tree).toContain(`articles/${id}.json`);
        expect(tree).toContain('ktav.json');
        expect(tree.filter((p) => /^(index\.json|search-index\.json|journal\/|exports\/|trash\/)/.test(p))).toEqual([]);
        const log = execFileSync('git', ['-C', remote.bareDir, 'log', '--format=%an%n%B', 'main'], { encoding: 'utf8' });
        expect(log).toContain('dana');
        expect(log).toContain('שריפה בכרמל');

        // Joining: a new repository receives everything.
        const joined = ktav(desk, ['sync', '--remote', remote.url, '--json']);
        expect(joined.code, joined.stderr).toBe(0);
        expect(bodyOf(desk, id)).toEqual(['פסקה ראשונה.', 'פסקה שנייה.', 'פסקה שלישית.']);
        // The join leaves git's index written in a later second than every file it wrote (git here
        // compares whole seconds): otherwise each following sync reads every such file again.
        const second = (path: string) => Math.floor(statSync(join(desk, path)).mtimeMs / 1000);
        const tracked = execFileSync('git', ['-C', desk, 'ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
        expect(Math.max(...tracked.map(second))).toBeLessThan(second('.git/index'));
        // A sync with nothing to do commits nothing.
        const headBefore = execFileSync('git', ['-C', desk, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
        expect(ktav(desk, ['sync', '--json']).json()).toMatchObject({ pushed: 0, pulled: 0, merged: 0, conflicts: [] });
        expect(execFileSync('git', ['-C', desk, 'rev-parse', 'HEAD'], { encoding: 'utf8' })).toBe(headBefore);

        // The desk approves; the reporter edits the first paragraph meanwhile; both sync.
        await withRepo(desk, async (s) => {
          const a = await s.articles.get(id);
          await s.articles.setMeta(id, a.revision, { status: 'approved' });
          const b = await s.articles.get(id);
          await s.articles.save(id, b.revision, articleDoc('שריפה בכרמל', [para('פסקה ראשונה.'), para('פסקה שנייה.'), para('פסקה שלישית, מעודכנת בדסק.')]));
        });
        await withRepo(reporter, async (s) => {
          const a = await s.articles.get(id);
          await s.articles.save(id, a.revision, articleDoc('שריפה בכרמל', [para('פסקה ראשונה, מעודכנת בשטח.'), para('פסקה שנייה.'), para('פסקה שלישית.')]));
        });
        expect(ktav(desk, ['sync']).code).toBe(0);
        const merged = ktav(reporter, ['sync', '--json']);
        expect(merged.code, merged.stderr).toBe(0);
        expect(merged.json()).toMatchObject({ merged: 1, conflicts: [] });
        expect(bodyOf(reporter, id)).toEqual(['פסקה ראשונה, מעודכנת בשטח.', 'פסקה שנייה.', 'פסקה שלישית, מעודכנת בדסק.']);
        const status = JSON.parse(readFileSync(join(reporter, 'articles', `${id}.json`), 'utf8')) as { meta: { status: string } };
        expect(status.meta.status).toBe('approved');
        expect(ktav(desk, ['sync']).code).toBe(0);
        expect(bodyOf(desk, id)).toEqual(bodyOf(reporter, id));

        // The same paragraph on both sides: ours stays in the article, theirs is kept as a version.
        for (const [repo, text] of [[desk, 'פסקה שנייה לפי הדסק.'], [reporter, 'פסקה שנייה לפי הכתבת.']] as const) {
          await withRepo(repo, async (s) => {
            const a = await s.articles.get(id);
            const body = bodyOf(repo, id);
            body[1] = text;
            await s.articles.save(id, a.revision, articleDoc('שריפה בכרמל', body.map((t) => para(t))));
          });
        }
        expect(ktav(desk, ['sync']).code).toBe(0);
        const clash = ktav(reporter, ['sync', '--json']);
        expect(clash.code, clash.stderr).toBe(4);
        const [conflict] = clash.json().conflicts;
        expect(conflict).toMatchObject({ subject: { id }, place: { kind: 'block', block: 1 } });
        expect(bodyOf(reporter, id)[1]).toBe('פסקה שנייה לפי הכתבת.');
        const version = JSON.parse(readFileSync(join(reporter, conflict!.keptAt!), 'utf8')) as { reason: string; doc: unknown };
        expect(version.reason).toBe('conflict');
        expect(JSON.stringify(version.doc)).toContain('פסקה שנייה לפי הדסק.');
        // The person's words for it, in Hebrew.
        const said = ktav(reporter, ['sync']);
        expect(said.code).toBe(0);
      } finally {
        await remote.stop();
      }
    });
  });

  it('says why it could not sync, and changes nothing here: unreachable, refused, not Ktav’s, not linked', async () => {
    await withTempDir(async (dir) => {
      const repo = join(dir, 'reporter');
      await withRepo(repo, async (s) => {
        const file = await s.articles.create();
        await s.articles.save(file.id, 0, articleDoc('כתבה', [para('טקסט.')]));
      });
      const articlesBefore = readdirSync(join(repo, 'articles')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(repo, 'articles', f), 'utf8'));

      const unlinked = ktav(repo, ['sync']);
      expect(unlinked.code).toBe(1);
      expect(unlinked.stderr).toContain('המאגר עדיין אינו משותף');

      const guarded = await startGitRemote(join(dir, 'server'), { auth: { user: 'dana', password: 'right' } });
      try {
        const refused = ktav(repo, ['sync', '--remote', guarded.url, '--user', 'dana'], { KTAV_SYNC_TOKEN: 'wrong' });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('סירב לשם המשתמש או לסיסמה');
        expect(refused.stderr).not.toContain('wrong');
        // One sync at a time: a live holder of the lock refuses a second; a dead one's lock is taken over.
        writeFileSync(join(repo, '.git', 'ktav-sync.lock'), String(process.pid));
        const busy = ktav(repo, ['sync', '--user', 'dana'], { KTAV_SYNC_TOKEN: 'right' });
        expect(busy.code).toBe(1);
        expect(busy.stderr).toContain('סנכרון אחר של המאגר הזה פועל כעת');
        const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        writeFileSync(join(repo, '.git', 'ktav-sync.lock'), gone);
        const allowed = ktav(repo, ['sync', '--user', 'dana'], { KTAV_SYNC_TOKEN: 'right' });
        expect(allowed.code, allowed.stderr).toBe(0);
        expect(existsSync(join(repo, '.git', 'ktav-sync.lock'))).toBe(false);
        // The secret is in no file of the repository, git's own included.
        const gitConfig = readFileSync(join(repo, '.git', 'config'), 'utf8');
        expect(gitConfig).not.toContain('right');
      } finally {
        await guarded.stop();
      }
      const unreachable = ktav(repo, ['sync'], { KTAV_SYNC_TOKEN: 'right' });
      expect(unreachable.code).toBe(1);
      expect(unreachable.stderr).toContain('אין חיבור אל');
      expect(unreachable.stderr).toContain('העבודה שמורה במחשב');

      // A remote that holds something else than a Ktav repository.
      const other = await startGitRemote(join(dir, 'other'), { name: 'website' });
      try {
        const seed = join(dir, 'seed');
        execFileSync('git', ['init', '--quiet', '--initial-branch=main', seed]);
        execFileSync('git', ['-C', seed, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '--quiet', '--allow-empty', '-m', 'site']);
        execFileSync('git', ['-C', seed, 'push', '--quiet', other.url, 'main']);
        const notKtav = ktav(repo, ['sync', '--remote', other.url]);
        expect(notKtav.code).toBe(1);
        expect(notKtav.stderr).toContain('אין מאגר של כתב');
      } finally {
        await other.stop();
      }
      expect(readdirSync(join(repo, 'articles')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(repo, 'articles', f), 'utf8'))).toEqual(articlesBefore);
      expect(existsSync(join(repo, '.gitignore'))).toBe(true);
    });
  });
});

describe('ktav sync and pictures', () => {
  it('carries a picture byte for byte and its credit, and a credit changed on both sides is kept and reported', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        const photo = join(dir, 'reporter');
        const desk = join(dir, 'desk');
        const picture = await jpeg(join(dir, 'fire.jpg'));
        const id = await withRepo(photo, async (s) => {
          const [outcome] = await s.media.library.importFiles([picture]);
          if (!outcome?.ok) throw new Error('import failed');
          await s.media.library.applyCredit([outcome.record.id], { creditLine: 'צילום: דנה לוי', altText: 'שריפה ביער' });
          return outcome.record.id;
        });
        expect(ktav(photo, ['sync', '--remote', remote.url]).code).toBe(0);
        expect(ktav(desk, ['sync', '--remote', remote.url]).code).toBe(0);
        const original = readdirSync(join(desk, 'media')).find((n) => n.startsWith(id) && n.endsWith('.jpg'))!;
        expect(readFileSync(join(desk, 'media', original))).toEqual(readFileSync(picture));
        const record = (repo: string) => JSON.parse(readFileSync(join(repo, 'media', `${id}.json`), 'utf8')) as { credit: { creditLine: string; altText: string } };
        expect(record(desk).credit).toMatchObject({ creditLine: 'צילום: דנה לוי', altText: 'שריפה ביער' });

        // The desk fixes the alt text, the photo editor the credit: both arrive. Then both change the credit.
        await withRepo(desk, (s) => s.media.library.applyCredit([id], { altText: 'שריפה ביער ליד עוספיה' }));
        await withRepo(photo, (s) => s.media.library.applyCredit([id], { creditLine: 'צילום: דנה לוי, פלאש 90' }));
        expect(ktav(desk, ['sync']).code).toBe(0);
        const both = ktav(photo, ['sync', '--json']);
        expect(both.code, both.stdout).toBe(0);
        expect(record(photo).credit).toMatchObject({ creditLine: 'צילום: דנה לוי, פלאש 90', altText: 'שריפה ביער ליד עוספיה' });

        expect(ktav(desk, ['sync']).code).toBe(0);
        await withRepo(desk, (s) => s.media.library.applyCredit([id], { creditLine: 'צילום: הדסק' }));
        await withRepo(photo, (s) => s.media.library.applyCredit([id], { creditLine: 'צילום: דנה לוי / פלאש 90' }));
        expect(ktav(desk, ['sync']).code).toBe(0);
        const clash = ktav(photo, ['sync', '--json']);
        expect(clash.code, clash.stderr).toBe(4);
        expect(clash.json().conflicts).toMatchObject([{ subject: { kind: 'picture', id }, place: { kind: 'credit', field: 'creditLine' }, ours: 'צילום: דנה לוי / פלאש 90', theirs: 'צילום: הדסק' }]);
        expect(record(photo).credit.creditLine).toBe('צילום: דנה לוי / פלאש 90');
      } finally {
        await remote.stop();
      }
    });
  });
});

describe('ktav sync and the files it does not merge', () => {
  it('keeps ours and theirs of ktav.json changed differently on both sides', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      try {
        const a = join(dir, 'a');
        const b = join(dir, 'b');
        await withRepo(a, async () => undefined);
        expect(ktav(a, ['sync', '--remote', remote.url]).code).toBe(0);
        expect(ktav(b, ['sync', '--remote', remote.url]).code).toBe(0);
        const info = (repo: string) => JSON.parse(readFileSync(join(repo, 'ktav.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(a, 'ktav.json'), `${JSON.stringify({ ...info(a), siteUrl: 'https://a.example/' }, null, 1)}\n`);
        writeFileSync(join(b, 'ktav.json'), `${JSON.stringify({ ...info(b), siteUrl: 'https://b.example/' }, null, 1)}\n`);
        const theirsText = readFileSync(join(a, 'ktav.json'), 'utf8');
        expect(ktav(a, ['sync']).code).toBe(0);
        const clash = ktav(b, ['sync', '--json']);
        expect(clash.code, clash.stderr).toBe(4);
        const [conflict] = clash.json().conflicts;
        expect(conflict).toMatchObject({ subject: { kind: 'file', path: 'ktav.json' } });
        expect(info(b).siteUrl).toBe('https://b.example/');
        expect(readFileSync(join(b, conflict!.keptAt!), 'utf8')).toBe(theirsText);
      } finally {
        await remote.stop();
      }
    });
  });
});
