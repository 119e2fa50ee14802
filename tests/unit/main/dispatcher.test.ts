import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDispatcherRig } from '../../support/dispatcherRig.js';
import { articleDoc, para } from '../../support/docs.js';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const f of files) if (f.isFile()) out[join(f.parentPath, f.name)] = await readFile(join(f.parentPath, f.name), 'utf8');
  return out;
}

describe('the dispatcher', () => {
  const rig = useDispatcherRig();

  it('runs a valid call and returns its value', async () => {
    const created = await rig.dispatch('article.create', {});
    expect(created.ok).toBe(true);
    const list = await rig.dispatch('article.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ status: 'draft' }] });
  });

  it('answers the summaries of some articles, null for one not there', async () => {
    const created = await rig.dispatch('article.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const answer = await rig.dispatch('article.summaries', { ids: [id, '20200101-deadbeef'] });
    expect(answer).toMatchObject({ ok: true, value: [{ id, summary: { id, status: 'draft' } }, { id: '20200101-deadbeef', summary: null }] });
    expect(await rig.dispatch('article.summaries', { ids: ['../x'] })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('rejects malformed arguments with a clear Hebrew message and leaves the repository unchanged', async () => {
    const created = await rig.dispatch('article.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    await rig.services.articles.close(); // let the index settle so the snapshot is stable
    const before = await snapshot(rig.repo);

    const malformed: [string, unknown][] = [
      ['article.save', { id, baseRevision: 0 }], // no doc
      ['article.save', { id, baseRevision: -1, doc: articleDoc('x', [para('y')]) }],
      ['article.save', { id: '../../etc/passwd', baseRevision: 0, doc: articleDoc('x', [para('y')]) }],
      ['article.save', { id, baseRevision: 0, doc: { type: 'doc', content: [] } }],
      ['article.save', { id, baseRevision: 0, doc: articleDoc('x', [para('y')]), extra: true }],
      ['article.get', 'not an object'],
      ['article.get', null],
      ['settings.set', { language: 'fr' }],
      ['settings.set', { saving: { autosaveIdleMs: 5000, versionEveryMinutes: 5, keepDailyDays: 0 } }], // slower than the one-second promise
      ['settings.set', { saving: { autosaveIdleMs: 700 } }], // a policy is set whole
    ];
    for (const [name, args] of malformed) {
      const result = await rig.dispatch(name, args);
      expect(result.ok, `${name} ${JSON.stringify(args)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toMatch(/^הבקשה נדחתה: /);
      expect(result.error.message).not.toMatch(/\n\s+at /); // no stack traces cross the boundary
    }
    expect(await snapshot(rig.repo)).toEqual(before);
  });

  it('refuses a document that does not fit the schema, naming the problem, and writes nothing', async () => {
    const created = await rig.dispatch('article.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    await rig.services.articles.close();
    const before = await snapshot(rig.repo);
    const doc = articleDoc('כותרת', [{ type: 'paragraph', content: [{ type: 'headline' }] }]);
    const result = await rig.dispatch('article.save', { id, baseRevision: 0, doc });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    expect(await snapshot(rig.repo)).toEqual(before);
  });

  it('answers an unknown call with unknown-call', async () => {
    expect(await rig.dispatch('article.deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await rig.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('keeps a conflict copy instead of overwriting an article changed since it was loaded', async () => {
    const created = await rig.dispatch('article.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const first = await rig.dispatch('article.save', { id, baseRevision: 0, doc: articleDoc('ראשונה', [para('טקסט א')]) });
    expect(first).toMatchObject({ ok: true, value: { revision: 1 } });
    // A second window still based on revision 0 saves: it must not overwrite revision 1.
    const stale = await rig.dispatch('article.save', { id, baseRevision: 0, doc: articleDoc('שנייה', [para('טקסט ב')]) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const onDisk = await rig.services.articles.get(id);
    expect(JSON.stringify(onDisk.doc)).toContain('טקסט א');
    const conflicts = await readdir(join(rig.repo, 'conflicts'));
    expect(conflicts).toHaveLength(1);
    expect(await readFile(join(rig.repo, 'conflicts', conflicts[0]!), 'utf8')).toContain('טקסט ב');
  });
});
