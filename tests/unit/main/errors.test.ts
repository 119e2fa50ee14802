// One error convention, through the real dispatcher: services throw coded errors (or give a
// failed item its error), and the dispatcher alone says them in the person's language, with the
// code for programs. An unexpected exception is `internal`: its own text goes to the log only.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../shared/api/errors.js';
import { useDispatcherRig } from '../../support/dispatcherRig.js';
import { jpeg } from '../../support/mediaImages.js';
import { makeTempDir } from '../../support/tempDir.js';

describe('errors, as the window receives them', () => {
  const rig = useDispatcherRig();
  /** The same call made with the interface in Hebrew, then in English. */
  const inBoth = async (name: string, args: unknown): Promise<{ he: Outcome<unknown>; en: Outcome<unknown> }> => {
    rig.services.settings.update({ language: 'he' });
    const he = await rig.dispatch(name, args);
    rig.services.settings.update({ language: 'en' });
    const en = await rig.dispatch(name, args);
    return { he, en };
  };

  it('a missing article: not-found, in Hebrew or English as the settings say', async () => {
    const { he, en } = await inBoth('article.get', { id: '20261202-0badf00d' });
    expect(he).toEqual({ ok: false, error: { code: 'not-found', message: 'הכתבה 20261202-0badf00d לא נמצאה במאגר.' } });
    expect(en).toEqual({ ok: false, error: { code: 'not-found', message: 'Article 20261202-0badf00d is not in the repository.' } });
    expect(rig.logged).toEqual([]); // an expected failure is not a fault
  });

  it('an unsupported file among imported ones: that item fails with its code, the others go on', async () => {
    const files = [
      { name: 'notes.odt', base64: Buffer.from('not really').toString('base64') },
      { name: 'a.txt', base64: Buffer.from('כותרת\nפסקה\n').toString('base64') },
    ];
    const { he, en } = await inBoth('import.files', { files });
    const item = (o: Outcome<unknown>, i: number) => (o.ok ? (o.value as { error?: unknown; id?: string }[])[i] : o.error);
    expect(item(he, 0)).toEqual({ file: 'notes.odt', error: { code: 'invalid-arguments', message: expect.stringContaining('סוג הקובץ notes.odt אינו נתמך לייבוא') } });
    expect(item(en, 0)).toEqual({ file: 'notes.odt', error: { code: 'invalid-arguments', message: expect.stringContaining('The file type of notes.odt cannot be imported') } });
    expect(item(he, 1)).toMatchObject({ file: 'a.txt', id: expect.any(String) });
    expect(item(he, 1)).not.toHaveProperty('error');
  });

  it('a damaged picture: refused by name, in either language, with its code', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const full = await readFile(await jpeg(join(dir, 'full.jpg'), 800, 600, '#258'));
      const data = Buffer.from(full.subarray(0, Math.floor(full.length / 2))).toString('base64');
      const { he, en } = await inBoth('media.import', { name: 'קטוע.jpg', data });
      expect(he).toEqual({ ok: true, value: { ok: false, file: 'קטוע.jpg', error: { code: 'invalid-arguments', message: 'הקובץ קטוע.jpg פגום או קטוע ואי אפשר לפענח את התמונה שבו.' } } });
      expect(en).toEqual({ ok: true, value: { ok: false, file: 'קטוע.jpg', error: { code: 'invalid-arguments', message: 'The file קטוע.jpg is damaged or truncated; its picture cannot be decoded.' } } });
      const list = await rig.dispatch('media.list', {});
      expect(list).toEqual({ ok: true, value: [] }); // nothing was kept of it
    } finally {
      await cleanup();
    }
  });

  it('an unexpected exception: internal, the generic message, and its own text only in the log', async () => {
    // A folder where the templates file should be: reading it fails as it would on a broken disk.
    await mkdir(join(rig.repo, 'media-templates.json'));
    const { he, en } = await inBoth('media.templates', {});
    expect(he).toEqual({ ok: false, error: { code: 'internal', message: 'אירעה שגיאה פנימית. הפרטים נרשמו ביומן.' } });
    expect(en).toEqual({ ok: false, error: { code: 'internal', message: 'An internal error occurred. The details were logged.' } });
    expect(JSON.stringify([he, en])).not.toMatch(/EISDIR|illegal operation|media-templates/);
    expect(rig.logged).toHaveLength(2);
    expect(rig.logged[0]).toMatchObject({ name: 'media.templates', error: { code: 'EISDIR' } });
    expect(String((rig.logged[0]!.error as Error).message)).toMatch(/EISDIR/);
  });

  it('a file error Ktav expects is told by its reason; the exception behind it goes to the log', async () => {
    const created = await rig.dispatch('article.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    // A folder where the article's file should be: reading it fails for real, as root too.
    const articleFile = rig.services.layout.articleFile(id);
    await rm(articleFile);
    await mkdir(articleFile);
    const get = await rig.dispatch('article.get', { id });
    expect(get).toEqual({ ok: false, error: { code: 'io', message: 'קריאת הקובץ נכשלה: במקום קובץ נמצאה תיקייה (או להפך)' } });
    expect(rig.logged).toMatchObject([{ name: 'article.get', error: { code: 'io', cause: { code: 'EISDIR' } } }]);
  });
});
