// `ktav site`, `ktav publish` and `ktav outbox` run as a person runs them, against the real
// WordPress: exit codes 0, 1, 2, 3, 5 and 6, the --json shapes, and the password from
// KTAV_SITE_PASSWORD (kept in the user-only secrets file, never in sites.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ktavIn } from '../support/syncRepos.js';
import { makeTempDir } from '../support/tempDir.js';
import { publishRepo, type PublishRepo } from '../support/wordpress/publishRepo.js';
import { freePort, startWordPress, type WordPressSite } from '../support/wordpress/site.js';

let site: WordPressSite;
let r: PublishRepo;
let cleanup: () => Promise<void>;
let articleId: string;

beforeAll(async () => {
  site = await startWordPress();
  const tmp = await makeTempDir();
  cleanup = tmp.cleanup;
  r = await publishRepo(tmp.dir);
  articleId = await r.newArticle({ section: 'סביבה', tags: [] });
  await r.services.close(); // the command line opens the repository itself
});
afterAll(async () => {
  await site?.stop();
  await cleanup?.();
});

const ktav = (args: string[], env: Record<string, string> = {}) => ktavIn(r.repo, args, env);

describe('ktav site, publish and outbox', () => {
  it('adds a site with the password from KTAV_SITE_PASSWORD, tests it, lists it; the password stays out of sites.json', () => {
    const added = ktav(['site', 'add', 'האתר', '--url', site.url, '--user', site.users.editor.user, '--json'], { KTAV_SITE_PASSWORD: site.users.editor.password });
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout).connection.roles).toEqual(['editor']);
    const listed = ktav(['site', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ name: 'האתר', url: site.url, user: 'ktav-editor', hasPassword: true })]);
    expect(readFileSync(join(r.repo, '..', 'user-data', 'sites.json'), 'utf8')).not.toContain(site.users.editor.password);
  });

  it('does not keep a site whose password is wrong (exit 1, the reason on stderr)', () => {
    const wrong = ktav(['site', 'add', 'שגוי', '--url', site.url, '--user', 'ktav-author'], { KTAV_SITE_PASSWORD: 'abcd abcd abcd abcd abcd abcd' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('לא קיבל את שם המשתמש');
    expect(JSON.parse(ktav(['site', 'list', '--json']).stdout).map((s: { name: string }) => s.name)).toEqual(['האתר']);
  });

  it('publishes: post id, link and status; --json with the media', () => {
    const human = ktav(['publish', articleId, '--status', 'draft']);
    expect(human.status, human.stderr).toBe(0);
    const [postId, link, status] = human.stdout.trim().split('\t');
    expect(Number(postId)).toBeGreaterThan(0);
    expect(link).toContain(site.url);
    expect(status).toBe('draft');
    const json = ktav(['publish', articleId, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ published: true, postId: Number(postId), status: 'publish', updated: true });
    expect(out.media).toHaveLength(2);
    expect(out.media.every((m: { uploaded: boolean }) => !m.uploaded)).toBe(true);
  });

  it('exits 6 when the post was changed on the site, and 0 with --force', async () => {
    const record = JSON.parse(readFileSync(join(r.repo, 'articles', `${articleId}.json`), 'utf8')).meta.published[0];
    await site.rest(`/wp/v2/posts/${record.postId}`, 'administrator', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ content: '<p>נערך באתר</p>' }) });
    const stopped = ktav(['publish', articleId]);
    expect(stopped.status).toBe(6);
    expect(stopped.stderr).toContain('שונתה באתר');
    expect(stopped.stderr).toContain('נערך באתר');
    expect(ktav(['publish', articleId, '--force']).status).toBe(0);
  });

  it('exits 3 when the gate stops the article, with its findings on stderr', async () => {
    const uncredited = JSON.parse(readFileSync(join(r.repo, 'articles', `${articleId}.json`), 'utf8'));
    uncredited.doc.content[0].content = [];
    const { writeFileSync } = await import('node:fs');
    const id = `${articleId.slice(0, 9)}nohead00`;
    writeFileSync(join(r.repo, 'articles', `${id}.json`), JSON.stringify({ ...uncredited, id, meta: { ...uncredited.meta, published: undefined, slug: `${uncredited.meta.slug}-x` } }));
    const refused = ktav(['publish', id]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('שגיאה');
  });

  it('exits 5 when the site cannot be reached; `ktav outbox` lists it; `outbox send` sends it once the site is back', async () => {
    const port = await freePort();
    const away = ktav(['site', 'add', 'רחוק', '--url', `http://127.0.0.1:${port}`, '--user', site.users.editor.user], { KTAV_SITE_PASSWORD: site.users.editor.password });
    expect(away.status, away.stderr).toBe(0); // kept: Ktav works offline
    const id = `${articleId.slice(0, 9)}outbox00`;
    const file = JSON.parse(readFileSync(join(r.repo, 'articles', `${articleId}.json`), 'utf8'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(r.repo, 'articles', `${id}.json`), JSON.stringify({ ...file, id, meta: { ...file.meta, published: undefined, slug: `${file.meta.slug}-o` } }));
    const queued = ktav(['publish', id, '--site', 'רחוק', '--json']);
    expect(queued.status, queued.stderr).toBe(5);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: true, item: { articleId: id, site: 'רחוק', state: 'waiting', attempts: 1 } });
    const listed = JSON.parse(ktav(['outbox', '--json']).stdout);
    expect(listed).toHaveLength(1);
    expect(listed[0].lastError).toContain('אין חיבור');
    expect(ktav(['outbox', 'send']).status).toBe(5); // still away
    const sitesFile = join(r.repo, '..', 'user-data', 'sites.json');
    writeFileSync(sitesFile, readFileSync(sitesFile, 'utf8').replace(`127.0.0.1:${port}`, `127.0.0.1:${site.port}`)); // the site "comes back" at that name
    const sent = ktav(['outbox', 'send', '--json']);
    expect(sent.status, sent.stderr).toBe(0);
    expect(JSON.parse(sent.stdout)).toEqual([]);
    expect(JSON.parse(readFileSync(join(r.repo, 'articles', `${id}.json`), 'utf8')).meta.published[0].status).toBe('publish');
  });

  it('exits 2 on a usage mistake', () => {
    expect(ktav(['publish']).status).toBe(2);
    expect(ktav(['publish', articleId, '--status', 'later']).status).toBe(2);
    expect(ktav(['site', 'add', 'x']).status).toBe(2);
  });
});
