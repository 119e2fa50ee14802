// The pure parts of publishing: the markup WordPress keeps, titles with isolates, schedules in
// the newsroom's time zone, and site addresses.
import { describe, expect, it } from 'vitest';
import { docFromJSON } from '../../../shared/editor/document.js';
import { instantOf, wallClock, wpGmt } from '../../../main/services/publish/schedule.js';
import { isolatedText, postContent, siteSafeMarkup, wordpressFigure } from '../../../main/services/publish/wpMarkup.js';
import { restUrl, siteAddress } from '../../../main/services/publish/siteAddress.js';
import { siteChanges, textLines } from '../../../main/services/publish/siteChanges.js';
import { backoffAfter, outboxId } from '../../../main/services/publish/outbox.js';
import { SYNC_IGNORE, withSyncIgnore } from '../../../main/services/sync/syncIgnore.js';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...body: unknown[]) =>
  docFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: [text('כותרת')] },
      { type: 'subheadline', content: [text('משנה')] },
      { type: 'byline', content: [text('כתב')] },
      ...body,
    ],
  });

describe('markup for WordPress', () => {
  it('isolates with <span dir> instead of <bdi>, and leaves escaped text alone', () => {
    expect(siteSafeMarkup('<p>שלום <bdi dir="ltr">Real Madrid</bdi> &lt;bdi&gt; <bdi dir="auto" lang="en">x</bdi></p>')).toBe(
      '<p>שלום <span dir="ltr">Real Madrid</span> &lt;bdi&gt; <span dir="auto" lang="en">x</span></p>',
    );
  });

  it('writes the body with Ktav’s mark, no <bdi>, no desk notes, and figures as WordPress’s editor does', () => {
    const d = doc(
      para(text('שיחק ב-Real Madrid 3 עונות '), text('הערה לדסק', [{ type: 'note' }])),
      { type: 'figure', attrs: { imageId: 'a'.repeat(64) }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [text('השחקנים באצטדיון')] }] },
    );
    const html = postContent(d, '20261203-abcd1234', () => ({ attachmentId: 42, url: 'http://s/wp-content/uploads/a.jpg', width: 1600, height: 1067, alt: 'שחקנים', caption: '', creditLine: 'רויטרס / Reuters' }));
    expect(html.startsWith('<!-- ktav:20261203-abcd1234 -->\n')).toBe(true);
    expect(html).not.toContain('<bdi');
    expect(html).toContain('<span dir="ltr">Real Madrid</span>');
    expect(html).not.toContain('הערה לדסק');
    expect(html).toContain('<figure class="wp-block-image size-full"><img src="http://s/wp-content/uploads/a.jpg" alt="שחקנים" class="wp-image-42" width="1600" height="1067"/>');
    expect(html).toMatch(/<figcaption class="wp-element-caption">.*קרדיט צילום: .*Reuters.*<\/figcaption><\/figure>/);
  });

  it('a figure without caption or credit has no figcaption', () => {
    expect(wordpressFigure({ attachmentId: 1, url: 'u', width: 1, height: 1, alt: '"א"', caption: '', creditLine: '' }, '', '')).toBe(
      '<figure class="wp-block-image size-full"><img src="u" alt="&quot;א&quot;" class="wp-image-1" width="1" height="1"/></figure>',
    );
  });

  it('isolates a title’s English run with Unicode isolates, escaped', () => {
    expect(isolatedText('שיחק ב-Real Madrid 3 עונות & <סוף>')).toBe('שיחק ב-\u2066Real Madrid\u2069 3 עונות &amp; &lt;סוף&gt;');
    expect(isolatedText('כותרת בעברית')).toBe('כותרת בעברית');
  });
});

describe('schedules in the newsroom’s time zone', () => {
  it('01:30 in Jerusalem is 23:30 UTC the day before (winter, +02:00)', () => {
    expect(wpGmt(instantOf('2026-12-04T01:30', 'Asia/Jerusalem'))).toBe('2026-12-03T23:30:00');
  });
  it('summer time is +03:00', () => {
    expect(wpGmt(instantOf('2026-07-01 01:30', 'Asia/Jerusalem'))).toBe('2026-06-30T22:30:00');
  });
  it('a time with an offset is taken as it says', () => {
    expect(wpGmt(instantOf('2026-12-04T01:30+05:00', 'Asia/Jerusalem'))).toBe('2026-12-03T20:30:00');
    expect(wpGmt(instantOf('2026-12-04T01:30:00Z', 'Asia/Jerusalem'))).toBe('2026-12-04T01:30:00');
  });
  it('shows the instant on the newsroom’s clock', () => {
    expect(wallClock(new Date('2026-12-03T23:30:00Z'), 'Asia/Jerusalem')).toBe('2026-12-04 01:30');
  });
  it('refuses what is not a time, or an unknown zone', () => {
    expect(() => instantOf('tomorrow', 'Asia/Jerusalem')).toThrow(/badTime/);
    expect(() => instantOf('2026-13-01T00:00', 'Asia/Jerusalem')).toThrow(/badTime/);
    expect(() => instantOf('2026-12-01T00:00', 'Mars/Olympus')).toThrow(/badTimeZone/);
  });
});

describe('site addresses', () => {
  it('adds https, drops a trailing slash, refuses credentials in the address', () => {
    expect(siteAddress('news.example.co.il/')).toBe('https://news.example.co.il');
    expect(siteAddress('http://127.0.0.1:8080/wp/')).toBe('http://127.0.0.1:8080/wp');
    expect(() => siteAddress('https://u:p@x.org')).toThrow(/badAddress/);
    expect(() => siteAddress('ftp://x.org')).toThrow(/badAddress/);
  });
  it('reaches routes through rest_route', () => {
    expect(restUrl('http://127.0.0.1:8080', '/wp/v2/posts', { slug: 'כתבה', page: 1 })).toBe('http://127.0.0.1:8080/?rest_route=%2Fwp%2Fv2%2Fposts&slug=%D7%9B%D7%AA%D7%91%D7%94&page=1');
  });
});

describe('what changed on the site', () => {
  it('names the fields and the paragraphs that differ, as text', () => {
    const site = { title: 'כותרת שתוקנה', excerpt: 'תקציר', content: '<!-- ktav:x -->\n<p>אחת</p>\n<p>נוספה באתר</p>\n<p>שלוש</p>', status: 'publish', slug: '%d7%90' };
    const ktav = { title: 'כותרת', excerpt: 'תקציר', content: '<!-- ktav:x -->\n<p>אחת</p>\n<p>שתיים &amp; <span dir="ltr">C++</span></p>\n<p>שלוש</p>', status: 'publish', slug: 'א' };
    expect(siteChanges(site, ktav)).toEqual([
      { field: 'title', site: 'כותרת שתוקנה', ktav: 'כותרת' },
      { field: 'content', site: 'נוספה באתר', ktav: 'שתיים & C++' },
    ]);
  });
  it('reads HTML as lines of text', () => {
    expect(textLines('<p>א<br>ב</p><figure><img src="x"><figcaption>כיתוב</figcaption></figure>')).toEqual(['א', 'ב', 'כיתוב']);
  });
});

describe('the outbox', () => {
  it('waits longer after each failure, up to half an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoffAfter)).toEqual([30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 1_800_000, 1_800_000]);
  });
  it('has one item per article and site', () => {
    expect(outboxId('20261203-abcd1234', 'האתר שלנו/2')).toBe('20261203-abcd1234--האתר_שלנו_2');
  });
  it('is never shared: git ignores it, and an older .gitignore gains the line', () => {
    expect(SYNC_IGNORE).toContain('/outbox/');
    expect(withSyncIgnore('/index.json\n# mine\nnotes.txt')).toBe(`/index.json\n# mine\nnotes.txt\n${SYNC_IGNORE.filter((l) => !l.startsWith('#') && l !== '/index.json').join('\n')}\n`);
    const full = withSyncIgnore('');
    expect(withSyncIgnore(full)).toBe(full);
  });
});
