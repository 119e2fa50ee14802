// Repositories for export tests, built by code: articles written as files (with the metadata a
// desk sets: section, tags, authors, related, status), pictures made with sharp, given GPS by
// Debian's exiftool (so removal can be proved), imported and credited through the media library.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DocJSON } from '../../shared/editor/document.js';
import type { ArticleFile, ArticleMeta } from '../../shared/model/article.js';
import { emptyCredit, type CreditFields } from '../../shared/model/media.js';
import { createServices, type Services } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { exiftoolWrite } from './mediaImages.js';
import { FIXTURE_WORDS } from './spellingFixtures.js';
import { NEWSROOM_WORDS_FILE } from '../../shared/spelling/newsroomWords.js';

const T = (text: string, marks?: DocJSON['marks']): DocJSON => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const P = (content: DocJSON[], dir: 'rtl' | 'ltr' | 'auto' = 'auto'): DocJSON => ({ type: 'paragraph', attrs: { dir }, content });
const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: text ? [T(text)] : [] });

export const MIXED_LINES = {
  exclaim: 'בסוף הנאום הוא קרא Hello World! והקהל מחא כפיים',
  phone: 'למידע נוסף התקשרו למוקד 106 או לטלפון 03-5551234 בשעות הפעילות',
  cpp: 'המתכנתים כתבו את המערכת בשפת C++ במשך שנתיים',
  url: 'פרטים באתר https://www.example-city.gov.il/parks/hadar ובמוקד העירוני',
  number: 'הדגם החדש iPhone 15 יימכר ב־4,000 שקלים',
  phonePlus: 'חייגו +972-3-555-1234 או +1 (555) 010-9999 בכל שעה',
  minus: 'בלילה נמדדו -5 מעלות בחרמון',
  prefixed: 'הוא שיחק ב־Real Madrid 3 עונות',
  prefixedTwo: 'הבקיע ל־Manchester United 2 שערים',
};

/** A picture with GPS in it, as a phone would send it. */
export async function photoWithGps(path: string, width: number, height: number, color: string): Promise<string> {
  await sharp({ create: { width, height, channels: 3, background: color } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#fff"/></svg>`), top: 0, left: 0 }])
    .jpeg({ quality: 90 })
    .toFile(path);
  await exiftoolWrite(path, { GPSLatitude: '32.794', GPSLatitudeRef: 'N', GPSLongitude: '34.989', GPSLongitudeRef: 'E', 'IPTC:City': 'חיפה' });
  return path;
}

export const PARK_CREDIT: CreditFields = {
  ...emptyCredit(),
  creditLine: 'דוברות העירייה',
  creators: ['נועה לוי'],
  source: 'עיריית חיפה',
  copyrightNotice: '© עיריית חיפה',
  copyrightOwner: 'עיריית חיפה',
  usageTerms: 'לשימוש עיתונאי בכתבה זו בלבד',
  webStatementUrl: 'https://example-city.gov.il/rights',
  licensor: { name: 'עיריית חיפה', url: 'https://example-city.gov.il/licence' },
  digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture',
  caption: 'הפארק החדש בשעת הטקס',
  altText: 'קהל עומד מול במה בפארק ירוק',
  rightsCategory: 'handout',
};

export function meta(partial: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    slug: '',
    section: 'חדשות',
    tags: ['חיפה', 'פארקים'],
    authors: ['נועה לוי'],
    status: 'approved',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-26T09:30:00.000Z',
    targetWords: null,
    related: [],
    ...partial,
  };
}

export function articleFile(id: string, doc: DocJSON, m: Partial<ArticleMeta> = {}): ArticleFile {
  return { format: 1, id, revision: 3, meta: meta(m), doc: doc as ArticleFile['doc'] };
}

/** Every block and mark of the schema, mixed directions, two figures (one with its own caption). */
export function richDoc(imageA: string, imageB: string): DocJSON {
  return {
    type: 'doc',
    content: [
      field('headline', 'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר'),
      field('subheadline', 'הפארק, שהוקם בעלות של 12.5 מיליון ש״ח, כולל מתקני כושר ואמפיתיאטרון'),
      field('byline', 'נועה לוי'),
      P([T('ראש העירייה, '), T('עו״ד משה כהן', [{ type: 'strong' }]), T(', חנך ביום שלישי את הפארק '), T('בנוכחות מאות תושבים', [{ type: 'em' }]), T('.'), { type: 'hard_break' }, T('הערה לעורך', [{ type: 'note' }]), T('הפארק משתרע על 40 דונם.')]),
      P([T(MIXED_LINES.exclaim)]),
      P([T(MIXED_LINES.phone)]),
      P([T(MIXED_LINES.cpp)]),
      P([T(MIXED_LINES.url)]),
      P([T(MIXED_LINES.number)]),
      P([T(MIXED_LINES.phonePlus)]),
      P([T(MIXED_LINES.minus)]),
      P([T(MIXED_LINES.prefixed)]),
      P([T(MIXED_LINES.prefixedTwo)]),
      P([T('הפארק תוכנן בשיתוף '), T('Green Cities Design', [{ type: 'bidi', attrs: { dir: 'ltr', lang: 'en' } }]), T(' מאמסטרדם. '), T('לאתר העירייה', [{ type: 'link', attrs: { href: 'https://www.example-city.gov.il/', title: null } }]), T(' או '), T('בדואר', [{ type: 'link', attrs: { href: 'mailto:info@example-city.gov.il', title: null } }]), T('.')]),
      { type: 'figure', attrs: { imageId: imageA }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [T('ראש העירייה גוזר את הסרט')] }] },
      { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [T('מה יש בפארק')] },
      { type: 'bullet_list', attrs: { dir: 'auto' }, content: ['מתקני כושר לכל הגילים', 'שביל אופניים באורך 2.3 ק״מ', 'Dog park for residents'].map((x) => ({ type: 'list_item', content: [P([T(x)])] })) },
      { type: 'heading', attrs: { level: 3, dir: 'auto' }, content: [T('שעות הפעילות')] },
      { type: 'ordered_list', attrs: { order: 1, dir: 'auto' }, content: ['בימי חול: 06:00–22:00', 'בשבת: 08:00–20:00'].map((x) => ({ type: 'list_item', content: [P([T(x)])] })) },
      { type: 'blockquote', attrs: { dir: 'auto' }, content: [P([T('זהו יום חג לשכונה ולעיר כולה.')])] },
      { type: 'pull_quote', attrs: { attribution: 'רונית אברהם', dir: 'auto' }, content: [T('חיכינו לפארק יותר מעשור')] },
      P([T('The park was designed together with an international firm from Amsterdam.')], 'ltr'),
      { type: 'horizontal_rule' },
      { type: 'figure', attrs: { imageId: imageB }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] },
    ],
  };
}

export interface ExportRepo {
  repo: string;
  services: Services;
  imageA: string;
  imageB: string;
  mainId: string;
  relatedIds: string[];
  /** Script-like strings in every field, credits included; status `ready`. */
  hostileId: string;
  /** An English headline (the title starts with RLM), no lead, no pictures; status `ready`. */
  latinId: string;
}

/** Strings that would run if any field reached the page unescaped; each sets `window.__pwned`. */
export const HOSTILE = {
  script: '<script>window.__pwned="script"</script>',
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  quote: '" onmouseover="window.__pwned=\'attr\'" x="',
  endScript: '</script><script>window.__pwned="ld"</script>',
  svg: '<svg onload="window.__pwned=\'svg\'"></svg>',
};
const EVIL = Object.values(HOSTILE).join(' ');

function hostileDoc(imageId: string): DocJSON {
  return {
    type: 'doc',
    content: [
      field('headline', `כותרת ${HOSTILE.script} ${HOSTILE.quote}`),
      field('subheadline', `כותרת משנה ${HOSTILE.endScript}`),
      field('byline', `כתב ${HOSTILE.img}`),
      P([T(`פסקה ${EVIL}`), T(' קישור', [{ type: 'link', attrs: { href: `https://example.com/"><script>window.__pwned='href'</script>`, title: null } }])]),
      { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [T(HOSTILE.svg)] },
      { type: 'pull_quote', attrs: { attribution: HOSTILE.quote, dir: 'auto' }, content: [T(HOSTILE.img)] },
      { type: 'figure', attrs: { imageId }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [T(`כיתוב ${HOSTILE.script}`)] }] },
      { type: 'bullet_list', attrs: { dir: 'auto' }, content: [{ type: 'list_item', content: [P([T(HOSTILE.endScript)])] }] },
    ],
  };
}

const HOSTILE_CREDIT: CreditFields = {
  ...emptyCredit(),
  creditLine: `צלם ${HOSTILE.script}`,
  creators: [HOSTILE.img, HOSTILE.quote],
  source: HOSTILE.svg,
  copyrightNotice: `© ${HOSTILE.endScript}`,
  copyrightOwner: HOSTILE.quote,
  usageTerms: EVIL,
  caption: EVIL,
  altText: `תיאור ${HOSTILE.quote}`,
};

const SIMPLE = (headline: string): DocJSON => ({ type: 'doc', content: [field('headline', headline), field('subheadline', ''), field('byline', ''), P([T('גוף קצר.')])] });

/** A repository with the rich article, two related ones and two credited pictures. */
export async function exportRepo(dir: string, sizes: [number, number][] = [[2000, 1333], [1200, 900]], repo = join(dir, 'repo')): Promise<ExportRepo> {
  const pics = join(dir, 'pictures');
  await mkdir(join(repo, 'articles'), { recursive: true });
  await mkdir(pics, { recursive: true });
  // The newsroom's dictionary has the words of the park article Hspell does not know.
  await writeFile(join(repo, NEWSROOM_WORDS_FILE), FIXTURE_WORDS);
  const a = await photoWithGps(join(pics, 'park-1.jpg'), sizes[0]![0], sizes[0]![1], '#2a7');
  const b = await photoWithGps(join(pics, 'park-2.jpg'), sizes[1]![0], sizes[1]![1], '#27a');
  let services = await createServices(repo, new MemorySettings());
  const imported = await services.media.library.importFiles([a, b]);
  const c = await photoWithGps(join(pics, 'evil.jpg'), 800, 600, '#a27');
  imported.push(...(await services.media.library.importFiles([c])));
  const [imageA, imageB, imageC] = imported.map((o) => (o.ok ? o.record.id : ''));
  await services.media.library.applyCredit([imageC!], HOSTILE_CREDIT);
  await services.media.library.applyCredit([imageA!], PARK_CREDIT);
  await services.media.library.applyCredit([imageB!], { ...PARK_CREDIT, creditLine: 'Reuters', creators: ['John Smith'], caption: 'ילדים במתקני המשחק', altText: 'ילדים מטפסים על מתקן חבלים' });
  await services.close();
  const relatedIds = ['20261101-rel00001', '20261102-rel00002'];
  await writeFile(join(repo, 'articles', `${relatedIds[0]}.json`), JSON.stringify(articleFile(relatedIds[0]!, SIMPLE('גינה קהילתית נפתחה בנווה שאנן'), { slug: 'גינה-קהילתית' })));
  await writeFile(join(repo, 'articles', `${relatedIds[1]}.json`), JSON.stringify(articleFile(relatedIds[1]!, SIMPLE('NBA: הפועל חיפה חתמה על שחקן'), { slug: 'nba-hapoel' })));
  const evilRelated = '20261103-rel00003';
  await writeFile(join(repo, 'articles', `${evilRelated}.json`), JSON.stringify(articleFile(evilRelated, SIMPLE(`קשורה ${EVIL}`), { slug: 'evil-related', status: 'draft' })));
  const hostileId = '20261126-evil0001';
  const hostileMeta = { slug: `"><script>x</script>`, status: 'ready' as const, section: HOSTILE.script, tags: [HOSTILE.quote, HOSTILE.img], authors: [HOSTILE.endScript], related: [evilRelated] };
  await writeFile(join(repo, 'articles', `${hostileId}.json`), JSON.stringify(articleFile(hostileId, hostileDoc(imageC!), hostileMeta)));
  const latinId = '20261126-latin001';
  await writeFile(join(repo, 'articles', `${latinId}.json`), JSON.stringify(articleFile(latinId, SIMPLE('OECD: ישראל במקום השלישי בחדשנות'), { slug: 'oecd', status: 'ready' })));
  const mainId = '20261126-park0001';
  await writeFile(join(repo, 'articles', `${mainId}.json`), JSON.stringify(articleFile(mainId, richDoc(imageA!, imageB!), { slug: 'פארק-הדר', related: relatedIds })));
  services = await createServices(repo, new MemorySettings());
  return { repo, services, imageA: imageA!, imageB: imageB!, mainId, relatedIds, hostileId, latinId };
}
