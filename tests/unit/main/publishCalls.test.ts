// The publishing calls through the contract, without a site: sites kept with their password
// never given back, arguments checked, failures in Hebrew (or English) words, an empty outbox.
import { describe, expect, it } from 'vitest';
import { useDispatcherRig } from '../../support/dispatcherRig.js';

describe('the publishing calls', () => {
  const rig = useDispatcherRig();

  it('adds, lists and removes sites; the password goes in and never comes out', async () => {
    expect(await rig.dispatch('publish.sites', {})).toEqual({ ok: true, value: [] });
    const added = await rig.dispatch('publish.addSite', { name: 'האתר', url: 'news.example.co.il/', user: 'desk', password: 'abcd efgh ijkl' });
    expect(added).toEqual({ ok: true, value: [{ name: 'האתר', url: 'https://news.example.co.il', user: 'desk', hasPassword: true, passwordKept: 'user-file' }] });
    expect(JSON.stringify(added)).not.toContain('abcd');
    const again = await rig.dispatch('publish.addSite', { name: 'האתר', url: 'https://x.example', user: 'y' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'כבר הוגדר אתר בשם "האתר"; אפשר להסיר אותו ולהוסיף מחדש.' } });
    expect(await rig.dispatch('publish.removeSite', { name: 'האתר' })).toEqual({ ok: true, value: [] });
  });

  it('refuses an address with a password in it, and says why in the person’s language', async () => {
    expect(await rig.dispatch('publish.addSite', { name: 'x', url: 'https://u:p@x.example', user: 'u' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    rig.services.settings.update({ language: 'en' });
    expect(await rig.dispatch('publish.publish', { articleId: 'nothing-here', site: 'nowhere', status: 'draft' })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Article nothing-here is not in the repository.' } });
  });

  it('checks the arguments of a publish', async () => {
    const bad = await rig.dispatch('publish.publish', { articleId: 'a', status: 'tomorrow' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const unknown = await rig.dispatch('publish.publish', { articleId: 'a', status: 'draft', extra: 1 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('asks which site when none is kept', async () => {
    const created = await rig.services.articles.create();
    const out = await rig.dispatch('publish.preview', { articleId: created.id });
    expect(out).toMatchObject({ ok: false, error: { code: 'not-found', message: 'עדיין לא הוגדר אתר לפרסום: יש להוסיף אתר בהגדרות ← אתרים (בשורת הפקודה: ktav site add).' } });
  });

  it('has an empty outbox, and says so of an item that is not in it', async () => {
    expect(await rig.dispatch('publish.outbox', {})).toEqual({ ok: true, value: [] });
    expect(await rig.dispatch('publish.outboxSend', {})).toEqual({ ok: true, value: [] });
    expect(await rig.dispatch('publish.outboxCancel', { id: 'x--y' })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'הפריט x--y אינו בתיבת הדואר היוצא.' } });
  });
});
