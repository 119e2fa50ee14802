// Tagging credits: batch apply, metadata templates (replace/append, on import), the registry of
// known credits and merging spellings, rights expiry, and code replacements.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { applyCreditPatch } from '../../../shared/media/creditPatch.js';
import { figureImageResolver } from '../../../main/services/media/figureImage.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import { serializeBody } from '../../../shared/html/body.js';
import { expandCodes } from '../../../shared/media/codeReplacements.js';
import { suggest } from '../../../shared/media/creditRegistry.js';
import { emptyCredit, mediaFlags, rightsExpired } from '../../../shared/model/media.js';
import { makeTempDir } from '../../support/tempDir.js';
import { jpeg } from '../../support/mediaImages.js';
import { articleDoc, para } from '../../support/docs.js';

let dir: string;
let cleanup: () => Promise<void>;
let services: Services;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await mkdir(join(dir, 'in'));
  services = await createServices(join(dir, 'repo'), new MemorySettings());
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

async function importSome(n: number): Promise<string[]> {
  const files = await Promise.all(Array.from({ length: n }, (_, i) => jpeg(join(dir, 'in', `p${i}.jpg`), 32, 32, `#${(i * 40 + 16).toString(16).padStart(2, '0')}8040`)));
  const outcomes = await services.media.library.importFiles(files);
  return outcomes.map((o) => (o.ok ? o.record.id : ''));
}

describe('batch apply', () => {
  it('applies one credit to every selected picture and leaves the others alone', async () => {
    const [a, b, c] = await importSome(3);
    await services.media.library.applyCredit([a!, b!], { creditLine: 'דוברות צה"ל', creators: ['רון כהן'], rightsCategory: 'handout' });
    const list = await services.media.library.list();
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(byId.get(a!)!.credit).toMatchObject({ creditLine: 'דוברות צה"ל', creators: ['רון כהן'], rightsCategory: 'handout' });
    expect(byId.get(b!)!.flags.uncredited).toBe(false);
    expect(byId.get(c!)!.flags.uncredited).toBe(true);
    // On disk too: a fresh Ktav on the same folder sees the credit.
    await services.close();
    services = await createServices(join(dir, 'repo'), new MemorySettings());
    expect(services.media.library.get(a!).credit.creditLine).toBe('דוברות צה"ל');
  });

  it('refuses the whole batch when one id is unknown, changing nothing', async () => {
    const [a] = await importSome(1);
    await expect(services.media.library.applyCredit([a!, 'f'.repeat(64)], { creditLine: 'x' })).rejects.toMatchObject({ code: 'not-found', key: 'media:imageNotFound' });
    expect(services.media.library.get(a!).credit.creditLine).toBe('');
  });
});

describe('metadata templates', () => {
  it('replaces or appends per field', () => {
    const before = { ...emptyCredit(), creditLine: 'רויטרס', caption: 'הפגנה בתל אביב', creators: ['א'] };
    const after = applyCreditPatch(before, { creditLine: 'AP', caption: 'צילום ארכיון', creators: ['ב'] }, { caption: 'append', creators: 'append' });
    expect(after).toMatchObject({ creditLine: 'AP', caption: 'הפגנה בתל אביב; צילום ארכיון', creators: ['א', 'ב'] });
    expect(before.creditLine).toBe('רויטרס');
  });

  it('is saved, applied to a selection by name, and applied on import when asked', async () => {
    const [a] = await importSome(1);
    await services.media.templates.save({ name: 'לע"מ', fields: { creditLine: 'לשכת העיתונות הממשלתית', rightsCategory: 'handout', usageTerms: 'חינם' }, modes: {}, onImport: false });
    const t = await services.media.templates.get('לע"מ');
    await services.media.library.applyCredit([a!], t.fields, t.modes);
    expect(services.media.library.get(a!).credit).toMatchObject({ creditLine: 'לשכת העיתונות הממשלתית', rightsCategory: 'handout' });

    await services.media.templates.save({ name: 'צוות', fields: { rightsCategory: 'staff', copyrightNotice: '© כתב' }, modes: {}, onImport: true });
    const [fresh] = await services.media.library.importFiles([await jpeg(join(dir, 'in', 'new.jpg'), 20, 20, '#fff')]);
    expect(fresh?.ok && fresh.record.credit).toMatchObject({ rightsCategory: 'staff', copyrightNotice: '© כתב' });
    expect(JSON.parse(await readFile(join(dir, 'repo', 'media-templates.json'), 'utf8')).templates).toHaveLength(2);
  });
});

describe('known credits', () => {
  it('builds a registry from what was entered and offers it as the person types', async () => {
    const [a, b, c] = await importSome(3);
    await services.media.library.applyCredit([a!, b!], { creditLine: 'לשכת העיתונות הממשלתית', creators: ['עמוס בן גרשום'] });
    await services.media.library.applyCredit([c!], { creditLine: 'לשכת העתונות הממשלתית', creators: ['חיים צח'] });
    const registry = services.media.library.registry();
    expect(registry.creditLines).toEqual([
      { name: 'לשכת העיתונות הממשלתית', count: 2 },
      { name: 'לשכת העתונות הממשלתית', count: 1 },
    ]);
    expect(suggest(registry.creators, 'עמ')).toEqual(['עמוס בן גרשום']);
    expect(suggest(registry.creators, 'צח')).toEqual(['חיים צח']);
  });

  it('merging two spellings updates every picture that used either', async () => {
    const [a, b, c] = await importSome(3);
    await services.media.library.applyCredit([a!], { creditLine: 'לשכת העתונות הממשלתית' });
    await services.media.library.applyCredit([b!], { creditLine: 'לע"מ', source: 'לע"מ' });
    await services.media.library.applyCredit([c!], { creditLine: 'רויטרס' });
    const changed = await services.media.library.mergeCredit(['לשכת העתונות הממשלתית', 'לע"מ'], 'לשכת העיתונות הממשלתית');
    expect(changed.map((r) => r.id).sort()).toEqual([a!, b!].sort());
    expect(services.media.library.get(b!).credit).toMatchObject({ creditLine: 'לשכת העיתונות הממשלתית', source: 'לשכת העיתונות הממשלתית' });
    expect(services.media.library.get(c!).credit.creditLine).toBe('רויטרס');
    expect(services.media.library.registry().creditLines.map((n) => n.name)).toEqual(['לשכת העיתונות הממשלתית', 'רויטרס']);
  });
});

describe('rights expiry', () => {
  it('rights valid until a day are good through that day and expired after it', () => {
    expect(rightsExpired({ validUntil: '2026-11-27' }, '2026-11-27')).toBe(false);
    expect(rightsExpired({ validUntil: '2026-11-26' }, '2026-11-27')).toBe(true);
    expect(rightsExpired({ validUntil: '' }, '2026-11-27')).toBe(false);
    expect(mediaFlags({ ...emptyCredit(), validUntil: '2020-01-01' }, '2026-11-27').expired).toBe(true);
  });

  it('flags an expired picture in the list with the articles that use it', async () => {
    const [a, b] = await importSome(2);
    await services.media.library.applyCredit([a!], { creditLine: 'AP', validUntil: '2020-01-31' });
    await services.media.library.applyCredit([b!], { creditLine: 'AP', validUntil: '2999-01-31' });
    const article = await services.articles.create();
    const figure = { type: 'figure', attrs: { imageId: a }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] };
    await services.articles.save(article.id, 0, articleDoc('כותרת', [para('פסקה'), figure]) as never);
    const list = await services.media.library.list();
    const item = list.find((i) => i.id === a)!;
    expect(item.flags.expired).toBe(true);
    expect(item.usedIn).toEqual([article.id]);
    expect(list.find((i) => i.id === b)!.flags.expired).toBe(false);
  });
});

describe('figures for export', () => {
  it('gives the HTML serializer a figure from the record, so the page prints the current credit', async () => {
    const [a] = await importSome(1);
    await services.media.library.applyCredit([a!], { creditLine: 'רויטרס', caption: 'כיתוב', altText: 'תיאור' });
    const resolve = figureImageResolver(services.media.library);
    expect(resolve(a!)).toEqual({ src: `media/${a}.jpg`, width: 32, height: 32, alt: 'תיאור', caption: 'כיתוב', creditLine: 'רויטרס' });
    expect(resolve('0'.repeat(64))).toBeNull();
    const doc = docFromJSON(articleDoc('כותרת', [{ type: 'figure', attrs: { imageId: a }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] }]));
    const html = serializeBody(doc, { baseDirection: 'rtl', image: resolve });
    expect(html).toContain('קרדיט צילום: רויטרס');
    expect(html).toContain('כיתוב');
  });
});

describe('code replacements', () => {
  it('expands known =codes= and leaves unknown ones as typed', async () => {
    await services.media.codes.set({ lam: 'לשכת העיתונות הממשלתית', 'צ1': 'צלם: רון' });
    const codes = await services.media.codes.get();
    expect(expandCodes('קרדיט: =lam= / =צ1= / =nope=', codes)).toBe('קרדיט: לשכת העיתונות הממשלתית / צלם: רון / =nope=');
  });
});
