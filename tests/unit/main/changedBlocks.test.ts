// Saving and journaling an article as the blocks that changed since the last save: through the
// real dispatcher, into a real repository on disk, compared with sending the whole document.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDispatcherRig } from '../../support/dispatcherRig.js';
import { changedBlocks, withBlocks } from '../../../shared/editor/changedBlocks.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import { articleDoc, para } from '../../support/docs.js';

describe('changed blocks', () => {
  const rig = useDispatcherRig();

  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => para(`פסקה מספר ${i + 1} עם Google ו-C++.`));

  /** An article saved whole at some revision, and its document as the editor holds it. */
  async function saved() {
    const created = (await rig.dispatch('article.create', {})) as { ok: true; value: { id: string } };
    const id = created.value.id;
    const base = docFromJSON(articleDoc('כותרת', paragraphs(50)));
    const first = (await rig.dispatch('article.save', { id, baseRevision: 0, doc: base.toJSON() })) as { ok: true; value: { revision: number } };
    return { id, base, revision: first.value.revision };
  }

  it('sends unchanged blocks as their index and stores the same document as a whole save would', async () => {
    const { id, base, revision } = await saved();
    // Type into paragraph 10: one block changes, the other 52 stay the very same objects.
    const at = base.child(12);
    expect(changedBlocks(base, base)).toEqual(Array.from({ length: base.childCount }, (_, i) => i));
    const typed = base.copy(base.content.replaceChild(12, at.type.create(at.attrs, base.type.schema.text(`${at.textContent} ועוד מילה`))));
    const blocks = changedBlocks(typed, base);
    expect(blocks.filter((b) => typeof b !== 'number')).toHaveLength(1);
    expect(blocks[11]).toBe(11);

    const out = await rig.dispatch('article.save', { id, baseRevision: revision, blocks });
    expect(out).toMatchObject({ ok: true, value: { revision: revision + 1 } });
    const stored = JSON.parse(await readFile(join(rig.repo, 'articles', `${id}.json`), 'utf8'));
    expect(stored.doc).toEqual(typed.toJSON());
    expect(withBlocks(base.toJSON(), blocks)).toEqual(typed.toJSON());
  });

  it('journals changed blocks as the whole document, for recovery after a crash', async () => {
    const { id, base, revision } = await saved();
    const typed = base.copy(base.content.replaceChild(3, base.child(3).type.create({ dir: 'auto' }, base.type.schema.text('לא נשמר עדיין'))));
    expect(await rig.dispatch('article.journal', { id, baseRevision: revision, blocks: changedBlocks(typed, base) })).toEqual({ ok: true, value: null });
    const [entry] = await rig.services.articles.journal.entries();
    expect(entry).toMatchObject({ id, baseRevision: revision, doc: typed.toJSON() });
  });

  it('refuses blocks based on a revision the file is no longer at, changing nothing, so the editor sends the whole text', async () => {
    const { id, base, revision } = await saved();
    const path = join(rig.repo, 'articles', `${id}.json`);
    // Another program writes the file without changing its revision.
    const foreign = JSON.parse(await readFile(path, 'utf8'));
    foreign.doc = articleDoc('נכתב במחשב אחר', paragraphs(2));
    await writeFile(path, JSON.stringify(foreign));
    const before = await readFile(path, 'utf8');

    const typed = base.copy(base.content.replaceChild(3, base.child(3).type.create({ dir: 'auto' }, base.type.schema.text('שלי'))));
    const blocks = changedBlocks(typed, base);
    const refused = await rig.dispatch('article.save', { id, baseRevision: revision, blocks });
    expect(refused).toMatchObject({ ok: false, error: { code: 'stale-base' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/[\u0590-\u05FF]/);
    expect(await rig.dispatch('article.journal', { id, baseRevision: revision, blocks })).toMatchObject({ ok: false, error: { code: 'stale-base' } });
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await rig.services.articles.journal.entries()).toEqual([]);
    // The whole text then meets the usual check: merged by block with the other program's text
    // (its headline, my paragraph), and handed back for the editor to take in.
    const merged = await rig.dispatch('article.save', { id, baseRevision: revision, doc: typed.toJSON() });
    expect(merged).toMatchObject({ ok: true, value: { merged: { type: 'doc' } } });
    const after = await readFile(path, 'utf8');
    expect(after).toContain('נכתב במחשב אחר');
    expect(after).toContain('שלי');
  });

  it('refuses a reference to a block the base does not have, and malformed blocks, writing nothing', async () => {
    const { id, revision } = await saved();
    const path = join(rig.repo, 'articles', `${id}.json`);
    const before = await readFile(path, 'utf8');
    expect(await rig.dispatch('article.save', { id, baseRevision: revision, blocks: [0, 1, 2, 999] })).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    expect(await rig.dispatch('article.save', { id, baseRevision: revision, blocks: [0, 1, 2, -1] })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await rig.dispatch('article.save', { id, baseRevision: revision, blocks: [0, 1, 2, { type: 'script' }] })).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    expect(await rig.dispatch('article.save', { id, baseRevision: revision, blocks: [0, 1, 2, 3], doc: articleDoc('x', []) })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
