// Exporting an article as a package, on a real repository with real pictures: the gate, the
// zip's contents, the ninjs manifest against the IPTC schema, determinism, the export noted on
// the article, and `verify` catching a tampered file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ninjsProblems } from '../../../main/services/export/ninjsValidator.js';
import { verifyZip } from '../../../main/services/export/verifyPackage.js';
import { sharedCreditReader } from '../../../main/services/media/embeddedCredit.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exportRepo, type ExportRepo } from '../../support/exportFixtures.js';
import { inWords } from '../../../shared/i18n/translate.js';
import type { GateReport } from '../../../shared/model/export.js';

type VerifyReportInWords = { ok: boolean; problems: { code: string; file: string; message: string }[] };

// One repository and one export for the whole file: each export makes twelve renditions.
let dir: string;
let cleanup: () => Promise<void>;
let fx: ExportRepo;
let out: string;
let exported: Awaited<ReturnType<ExportRepo['services']['exports']['export']>>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  fx = await exportRepo(dir);
  out = join(dir, 'park.zip');
  exported = await fx.services.exports.export(fx.mainId, { out });
});
afterAll(async () => {
  await fx.services.close();
  await sharedCreditReader.end(); // verifyZip reads with it; its ExifTool would outlive the test worker
  await cleanup();
});

function files(zip: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(zip));
}

describe('an article exported as a package', () => {
  it('holds the page, the fragment, credited renditions at three widths, the manifest and the file list', async () => {
    expect(exported.ok).toBe(true);
    const zip = await readFile(out);
    const names = Object.keys(files(zip)).sort();
    const stemA = fx.imageA.slice(0, 12);
    const stemB = fx.imageB.slice(0, 12);
    expect(names).toEqual(
      [
        'article.html',
        'checksums.json',
        ...[480, 960, 1600].flatMap((w) => [`images/${stemA}-${w}.jpg`, `images/${stemA}-${w}.webp`]),
        ...[480, 960, 1200].flatMap((w) => [`images/${stemB}-${w}.jpg`, `images/${stemB}-${w}.webp`]),
        'index.html',
        'manifest.json',
      ].sort(),
    );
    const page = Buffer.from(files(zip)['index.html']!).toString('utf8');
    expect(page).toContain('<html lang="he" dir="rtl">');
    expect(page).toContain('<a class="skip-link" href="#main">דילוג לתוכן</a>');
    expect(page).toContain(`srcset="images/${stemA}-480.jpg 480w, images/${stemA}-960.jpg 960w, images/${stemA}-1600.jpg 1600w"`);
    expect(page).toMatch(new RegExp(`<img src="images/${stemA}-960.jpg" srcset="[^"]+" sizes="[^"]+" width="960" height="640" alt="קהל עומד מול במה בפארק ירוק"`));
    expect(page).toContain('<span class="credit">קרדיט צילום: דוברות העירייה</span>');
    expect(page).toContain('<h2 id="related-title">כתבות נוספות שיעניינו אתכם</h2>');
    expect(page).toContain('<li><a href="https://example.com/nba-hapoel/">NBA: הפועל חיפה חתמה על שחקן</a></li>');
    expect(page).toContain('<meta property="og:image" content="https://example.com/%D7%A4%D7%90%D7%A8%D7%A7-%D7%94%D7%93%D7%A8/images/');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).not.toContain('הערה לעורך');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר',
      datePublished: '2026-11-26T09:30:00.000Z',
      author: [{ '@type': 'Person', name: 'נועה לוי' }],
      image: [
        {
          '@type': 'ImageObject',
          creditText: 'דוברות העירייה',
          creator: [{ '@type': 'Person', name: 'נועה לוי' }],
          copyrightNotice: '© עיריית חיפה',
          license: 'https://example-city.gov.il/rights',
          acquireLicensePage: 'https://example-city.gov.il/licence',
        },
        { creditText: 'Reuters' },
      ],
    });
    const fragment = Buffer.from(files(zip)['article.html']!).toString('utf8');
    expect(fragment.startsWith('<div class="ktav-article" lang="he" dir="rtl">')).toBe(true);
  });

  it('writes a manifest that is valid ninjs 2.2 with absolute hrefs, the byline and each picture’s rights', async () => {
    const manifest = JSON.parse(Buffer.from(files(await readFile(out))['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    expect(ninjsProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      uri: 'https://example.com/%D7%A4%D7%90%D7%A8%D7%A7-%D7%94%D7%93%D7%A8/',
      language: 'he',
      by: 'נועה לוי',
      headlines: [{ role: 'main', value: 'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר' }, { role: 'sub' }],
      versioncreated: '2026-11-26T09:30:00.000Z',
    });
    const associations = manifest.associations as Record<string, unknown>[];
    expect(associations[0]).toMatchObject({
      type: 'picture',
      by: 'נועה לוי',
      copyrightnotice: '© עיריית חיפה',
      copyrightholder: 'עיריית חיפה',
      usageterms: 'לשימוש עיתונאי בכתבה זו בלבד',
      infosources: [{ name: 'עיריית חיפה' }],
      rightsinfo: { linkedrights: 'https://example-city.gov.il/rights' },
    });
    for (const a of associations) for (const r of a.renditions as { href: string }[]) expect(r.href).toMatch(/^https:\/\/example\.com\//);
    // The schema is really applied: an extra top-level key is refused.
    expect(ninjsProblems({ ...manifest, files: [] })).not.toEqual([]);
  });

  it('is byte-identical when the same article is exported twice', async () => {
    const again = join(dir, 'again.zip');
    const second = await fx.services.exports.export(fx.mainId, { out: again });
    expect((await readFile(out)).equals(await readFile(again))).toBe(true);
    expect(exported.ok && second.ok && exported.pkg.sha256 === second.pkg.sha256).toBe(true);
  });

  it('is noted on the article, which moves to exported', async () => {
    if (!exported.ok) throw new Error('export refused');
    const article = await fx.services.articles.get(fx.mainId);
    expect(article.meta.status).toBe('exported');
    expect(article.meta.exports?.[0]).toEqual({
      at: expect.any(String),
      path: out,
      kind: 'zip',
      sha256: exported.pkg.sha256,
      bytes: (await readFile(out)).length,
      publishedAt: '2026-11-26T09:30:00.000Z',
    });
    expect(fx.services.articles.list().find((s) => s.id === fx.mainId)?.status).toBe('exported');
  });

  it('passes verify, and verify names a tampered, a missing and an extra file', async () => {
    const zip = await readFile(out);
    expect(await verifyZip(zip, out)).toMatchObject({ ok: true, problems: [] });

    const entries = files(zip);
    const page = Buffer.from(entries['index.html']!).toString('utf8').replace('הפארק העירוני', 'הפארק הציבורי');
    const stem = fx.imageA.slice(0, 12);
    const { [`images/${stem}-480.webp`]: _gone, ...rest } = entries;
    const tampered = zipSync({ ...rest, 'index.html': Buffer.from(page), 'extra.js': Buffer.from('alert(1)') });
    const report = inWords<VerifyReportInWords>(await verifyZip(tampered, 'tampered.zip'), 'he');
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.code, p.file])).toEqual(
      expect.arrayContaining([
        ['checksum', 'index.html'],
        ['missing-file', `images/${stem}-480.webp`],
        ['image-missing', `images/${stem}-480.webp`],
        ['unlisted', 'extra.js'],
      ]),
    );
    expect(report.problems.find((p) => p.code === 'checksum')?.message).toContain('index.html');
  });

  it('writes a folder on request, with the same files as the zip', async () => {
    const folder = join(dir, 'out', 'park');
    const r = await fx.services.exports.export(fx.mainId, { dir: folder });
    expect(r.ok).toBe(true);
    const list = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as { files: { path: string }[] };
    expect(list.files.map((f) => f.path)).toContain('index.html');
    for (const f of list.files) await readFile(join(folder, f.path));
  });

  it('ships the originals only when asked, credited and without location', async () => {
    const withOriginals = join(dir, 'with-originals.zip');
    await fx.services.exports.export(fx.mainId, { out: withOriginals, includeOriginals: true });
    const zip = await readFile(withOriginals);
    expect(Object.keys(files(zip)).filter((n) => n.startsWith('images/originals/'))).toHaveLength(2);
    expect(await verifyZip(zip, withOriginals)).toMatchObject({ ok: true });
  });
  it('is refused by the gate before anything is written', async () => {
    const before = (await fx.services.articles.get(fx.mainId)).meta.exports?.length;
    await fx.services.media.library.applyCredit([fx.imageB], { creditLine: '', altText: '' });
    const refused = join(dir, 'refused.zip');
    const r = inWords<{ ok: true } | { ok: false; gate: GateReport }>(await fx.services.exports.export(fx.mainId, { out: refused }), 'he');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.gate.errors.map((e) => [e.code, e.place.label])).toEqual([
      ['no-credit', 'גוף הכתבה, תמונה 2'],
      ['no-alt', 'גוף הכתבה, תמונה 2'],
    ]);
    await expect(readFile(refused)).rejects.toThrow();
    expect((await fx.services.articles.get(fx.mainId)).meta.exports?.length).toBe(before);
  });

});
