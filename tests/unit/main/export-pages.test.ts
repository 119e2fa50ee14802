// Exported pages as the site receives them: valid for the Nu Html Checker (vnu, the W3C's
// validator, on the system Java), hostile content inert, the title's RLM, and the pictures'
// credits read back in Hebrew by Debian's exiftool, an independent reader.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../../shared/html/page.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import { sharedCreditReader } from '../../../main/services/media/embeddedCredit.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exiftoolRead } from '../../support/mediaImages.js';
import { exportRepo, HOSTILE, PARK_CREDIT, type ExportRepo } from '../../support/exportFixtures.js';
import { verifyFiles } from '../../../main/services/export/verifyPackage.js';
import { articleDoc, para } from '../../support/docs.js';

const run = promisify(execFile);
const VNU = String(createRequire(import.meta.url)('vnu-jar'));

let dir: string;
let cleanup: () => Promise<void>;
let fx: ExportRepo;
const pages: Record<string, string> = {};
const packages: Record<string, Record<string, Uint8Array>> = {};

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  fx = await exportRepo(dir);
  const ids = { rich: fx.mainId, hostile: fx.hostileId, latin: fx.latinId, related: fx.relatedIds[0]! };
  await mkdir(join(dir, 'pages'));
  for (const [name, id] of Object.entries(ids)) {
    const out = join(dir, `${name}.zip`);
    const r = await fx.services.exports.export(id, { out });
    if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.gate.errors)}`);
    packages[name] = unzipSync(new Uint8Array(await readFile(out)));
    pages[name] = Buffer.from(packages[name]['index.html']!).toString('utf8');
    await writeFile(join(dir, 'pages', `${name}.html`), pages[name]);
  }
}, 120_000);
afterAll(async () => {
  await fx.services.close();
  await sharedCreditReader.end(); // verifyFiles reads with it; its ExifTool would outlive the test worker
  await cleanup();
});

/**
 * Attribute names of every real tag. Text never holds a raw `<` and attribute values never a
 * raw `"` (both are escaped), so reading attributes one after another is exact.
 */
function eventAttributes(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/gi)) {
    for (const attr of tag[1]!.matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)) if (/^on/i.test(attr[1]!)) found.push(attr[1]!);
  }
  return found;
}

describe('exported pages', () => {
  it('pass the Nu Html Checker with no errors', async () => {
    const files = Object.keys(pages).map((n) => join(dir, 'pages', `${n}.html`));
    const { stdout, stderr } = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 10_000_000 });
    const report = JSON.parse(stderr || stdout) as { messages: { type: string; message: string; url: string; lastLine?: number }[] };
    expect(report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}:${m.lastLine} ${m.message}`)).toEqual([]);
  }, 120_000);

  it('the checks can fail: vnu reports a broken page, the attribute scan an event handler', async () => {
    const broken = join(dir, 'broken.html');
    await writeFile(broken, pages.rich!.replace('<main id="main">', '<main id="main"><main>').replace('<html lang="he" dir="rtl">', '<html dir="rtl">'));
    const { stdout, stderr } = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--exit-zero-always', broken], { maxBuffer: 10_000_000 });
    expect((JSON.parse(stderr || stdout) as { messages: unknown[] }).messages.length).toBeGreaterThan(0);
    expect(eventAttributes('<p>x</p><img alt="a onerror=&quot;y&quot;" onerror="x">')).toEqual(['onerror']);
  }, 120_000);

  it('carry script-like strings from every field, credits included, only as escaped text', () => {
    const page = pages.hostile!;
    // The only script element is the structured data; no attribute starts an event handler.
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(eventAttributes(page)).toEqual([]);
    // Inside the structured data, `<` never appears: `</script>` cannot end it early.
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(ld).not.toContain('<');
    const data = JSON.parse(ld) as { headline: string; image: { creditText: string; creator: { name: string }[] }[] };
    expect(data.headline).toContain(HOSTILE.script);
    expect(data.image[0]!.creditText).toBe(`צלם ${HOSTILE.script}`);
    expect(data.image[0]!.creator[0]!.name).toBe(HOSTILE.img);
    // Each hostile string shows up as text.
    expect(page).toContain('&lt;script&gt;window.__pwned="script"&lt;/script&gt;');
    expect(page).toContain('alt="תיאור &quot; onmouseover=&quot;window.__pwned=\'attr\'&quot; x=&quot;"');
    expect(page).toContain('href="https://example.com/%22%3E%3Cscript%3Ewindow.__pwned=\'href\'%3C/script%3E"');
    const fragment = Buffer.from(packages.hostile!['article.html']!).toString('utf8');
    expect(fragment).not.toMatch(/<script/);
  });

  it('drop a javascript: link to its text even if one got past the gate', () => {
    const doc = docFromJSON(articleDoc('כותרת', [{ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'לחצו', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: null } }] }] }, para('סוף.')]));
    const page = renderPage(doc);
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<p>לחצו</p>');
  });

  it('verify as whole packages, the hostile one included', async () => {
    for (const [name, files] of Object.entries(packages)) {
      const report = await verifyFiles(new Map(Object.entries(files)));
      expect(report.problems, name).toEqual([]);
    }
  });

  it('are named from a slug made safe for a file name', () => {
    expect(fx.services.exports.packageName({ id: fx.hostileId, meta: { slug: '"><script>x</script>' } as never })).toBe('script-x-script');
    expect(fx.services.exports.packageName({ id: fx.hostileId, meta: { slug: '../..' } as never })).toBe(fx.hostileId);
  });

  it('start the title with RLM when the headline opens with Latin', () => {
    expect(pages.latin).toContain('<title>&rlm;OECD: ישראל במקום השלישי בחדשנות</title>');
    expect(pages.rich).toMatch(/<title>ראש העירייה/);
  });

  it('ship pictures whose credit Debian’s exiftool reads back in Hebrew, with no location left', async () => {
    const stem = fx.imageA.slice(0, 12);
    for (const ext of ['jpg', 'webp']) {
      const path = join(dir, `check-960.${ext}`);
      await writeFile(path, packages.rich![`images/${stem}-960.${ext}`]!);
      const tags = await exiftoolRead(path);
      expect(tags['XMP-photoshop:Credit']).toBe(PARK_CREDIT.creditLine);
      expect(tags['XMP-dc:Creator']).toBe('נועה לוי');
      expect(tags['XMP-dc:Rights']).toBe('© עיריית חיפה');
      expect(tags['XMP-iptcCore:AltTextAccessibility']).toBe(PARK_CREDIT.altText);
      expect(tags['IFD0:Artist']).toBe('נועה לוי');
      expect(tags['IFD0:Copyright']).toBe('© עיריית חיפה');
      if (ext === 'jpg') {
        expect(tags['IPTC:Credit']).toBe('דוברות העירייה');
        expect(tags['IPTC:By-line']).toBe('נועה לוי');
      }
      expect(Object.keys(tags).filter((k) => k.startsWith('GPS') || /City|GPS/.test(k))).toEqual([]);
      expect(tags['File:ImageWidth'] ?? tags['RIFF:ImageWidth'] ?? tags['VP8L:ImageWidth'] ?? tags['VP8:ImageWidth'] ?? 960).toBe(960);
    }
  });
});
