// Real-world HTML and what must become of it, run against both ways HTML comes in: a file
// imported in main (tests/unit/main/htmlCases.test.ts) and a paste in the editor in Chromium
// (tests/e2e/html-cases.spec.ts). `caseProblems` reads the resulting document and lists what is
// wrong, so both paths are held to the same expectations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocJSON } from '../../shared/editor/document.js';
import { isSafeHref } from '../../shared/editor/linkRule.js';
import { effectiveDirection, type BlockDirection } from '../../shared/text/direction.js';

export interface HtmlCase {
  name: string;
  html: string;
  /** A saved page is a file: the clipboard carries a selection, never a whole page with its head. */
  importOnly?: boolean;
  /** Visible text that must be in the document, each piece within one block. */
  texts: string[];
  /** What must not be anywhere in the document (script text, payloads, the site's menus). */
  absent?: string[];
  /** Every link the document must hold, and no other. */
  links: string[];
  /** The direction (as shown) of the block holding each piece of text. */
  dirs?: [string, 'rtl' | 'ltr'][];
  /** Pieces of text that must be in different blocks (a paragraph, a heading, a list item's paragraph). */
  apart?: [string, string][];
  /** Pieces that must sit inside a node of this type (`bullet_list`, `heading`…). */
  within?: [string, string][];
  /** Pieces whose text carries, or must not carry, a mark. */
  marked?: [string, 'strong' | 'em' | 'link'][];
  unmarked?: [string, 'strong' | 'em' | 'link'][];
}

const fixtures = join(import.meta.dirname, '..');
const file = (path: string) => readFileSync(join(fixtures, path), 'utf8');

/** Markup that tries to run, load or link something; each payload would set `window.__pwned`. */
const HOSTILE = `<p>טקסט גלוי<script>window.__pwned='script'</script><img src=x onerror="window.__pwned='onerror'"> ו<a href="javascript:window.__pwned='js'">קישור רע</a>, <a href=" JaVaScRiPt:window.__pwned='js2'">עוד רע</a>, <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">קישור data</a>, <a href="vbscript:msgbox(1)">קישור vbscript</a>, <a href="#s1">עוגן בדף</a>, <a href="/news/1">קישור יחסי</a> ו<a href="https://ok.example.org/a" target="_blank" onclick="window.__pwned='click'">קישור טוב</a>.</p>
<iframe src="javascript:window.__pwned='iframe'"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
<svg onload="window.__pwned='svg-onload'"><script>window.__pwned='svg-script'</script><a href="javascript:window.__pwned='svg-link'"><circle r="5"/></a></svg>
<style>body{background:url("javascript:window.__pwned='css-url'")} p{width:expression(window.__pwned='css-expression')}</style>
<p style="width:expression(window.__pwned='inline-expression');background-image:url(javascript:window.__pwned='inline-url')">פסקה עם סגנון מסוכן</p>
<div onmouseover="window.__pwned='hover'"><object data="x.swf"></object><embed src="x.swf"><form action="javascript:window.__pwned='form'"><p>פסקה בתוך טופס</p><input value="x" onfocus="window.__pwned='focus'" autofocus></form></div>
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" alt="">
<details open ontoggle="window.__pwned='toggle'"><summary>תקציר</summary>פרטים נוספים</details>
<video><source onerror="window.__pwned='source'"></video><meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'"><base href="javascript:window.__pwned='base'//">
<p>סוף<noscript><img src=x onerror="window.__pwned='noscript'"></noscript></p>`;

/** Long enough for Readability to call the page an article, were it a web page. */
const LONG =
  'העירייה הודיעה כי הפארק ייפתח לציבור בשבוע הבא, לאחר שש שנות עבודה ועיכובים רבים בתקציב ובתכנון. לדברי מהנדס העיר, כ־70% מהעצים שניטעו במקום הם עצים מקומיים, שנבחרו בזכות עמידותם ליובש ולרוחות הים, והפארק יישאר פתוח בכל שעות היממה ללא תשלום.';

/** Word's "save as web page": a whole page, with its lists and directions written in styles. */
const WORD_PAGE = file('e2e/fixtures/paste/word.html').replace(
  '<!--EndFragment-->',
  `<p class=MsoNormal dir=RTL style='direction:rtl'><span lang=HE>${LONG} ${LONG}</span></p><p class=MsoNormal style='direction:ltr'><span lang=EN-US>Styled left to right only, 2026.</span></p><p class=MsoNormal style='direction:rtl'><span lang=HE>${LONG}</span></p><!--EndFragment-->`,
);

export const HTML_CASES: HtmlCase[] = [
  {
    name: 'unquoted and upper-case attributes',
    html: `<P DIR=RTL>ראו <A HREF=https://x.org/a TITLE=כותרת>את האתר</A> או <a href=mailto:desk@example.org>כתבו לנו</a></P><P dir=LTR CLASS=x>An English <B>bold</B> line</P>`,
    texts: ['ראו את האתר או כתבו לנו', 'An English bold line'],
    links: ['https://x.org/a', 'mailto:desk@example.org'],
    dirs: [['ראו', 'rtl'], ['An English', 'ltr']],
    marked: [['את האתר', 'link'], ['bold', 'strong']],
  },
  {
    name: 'implied end tags',
    html: `<ul><li>פריט ראשון<li>פריט שני<li>פריט שלישי</ul><p>פסקה אחת<p>פסקה שתיים<ol><li>אחד<li>שניים</ol><p>פסקה<div>בלוק שסוגר אותה</div>`,
    texts: ['פריט ראשון', 'פריט שני', 'פריט שלישי', 'פסקה אחת', 'פסקה שתיים', 'אחד', 'שניים', 'בלוק שסוגר אותה'],
    links: [],
    apart: [['פריט ראשון', 'פריט שני'], ['פריט שני', 'פריט שלישי'], ['פסקה אחת', 'פסקה שתיים'], ['אחד', 'שניים'], ['פסקה', 'בלוק שסוגר']],
    within: [['פריט שני', 'bullet_list'], ['שניים', 'ordered_list']],
  },
  {
    name: 'entities',
    html: `<p>&quot;ציטוט&quot; &amp; &lt;תג&gt; &hellip; &#1488;&#x5D1;&#x5d2; &copy;&nbsp;2026 AT&T &euro;5</p>`,
    texts: ['"ציטוט" & <תג> … אבג ©\u00a02026 AT&T €5'],
    links: [],
  },
  {
    name: 'comments',
    html: `<p>לפני<!-- הערה נסתרת -->אחרי</p><!--[if gte mso 9]><xml><w:WordDocument>מוסתר</w:WordDocument></xml><![endif]--><p>סוף <!-- <script>window.__pwned='comment'</script> -->הקטע</p>`,
    texts: ['לפניאחרי', 'סוף הקטע'],
    absent: ['הערה נסתרת', 'מוסתר', '__pwned'],
    links: [],
  },
  {
    name: 'paragraphs made of <br>',
    html: `<div dir="rtl">שורה ראשונה<br>המשך באותה פסקה<br><br>פסקה שנייה<br>\n<br>\n<br>פסקה שלישית<br></div>`,
    texts: ['שורה ראשונה', 'המשך באותה פסקה', 'פסקה שנייה', 'פסקה שלישית'],
    links: [],
    apart: [['המשך באותה פסקה', 'פסקה שנייה'], ['פסקה שנייה', 'פסקה שלישית']],
    dirs: [['פסקה שלישית', 'rtl']],
  },
  {
    name: 'nested layout divs and tables',
    html: `<table width=100% border=0><tr><td><table dir=rtl><tr><td><div><div><p>תא פנימי</p></div></div></td><td>תא שני<td>Third cell</table></td></tr><tr><td><div class=row><div class=col>שורה <span>תחתונה</span></div></div></td></tr></table><div><div><div>עמוק בתוך שלושה div</div><div dir="ltr"><div>Deep English</div></div></div></div>`,
    texts: ['תא פנימי', 'תא שני', 'Third cell', 'שורה תחתונה', 'עמוק בתוך שלושה div', 'Deep English'],
    links: [],
    apart: [['תא פנימי', 'תא שני'], ['תא שני', 'Third cell'], ['Third cell', 'שורה תחתונה']],
    dirs: [['תא שני', 'rtl'], ['Deep English', 'ltr']],
  },
  {
    name: 'Microsoft Word clipboard',
    html: file('e2e/fixtures/paste/word.html'),
    texts: ['הפארק החדש בשכונת הדר', 'ראש העירייה חנך את הפארק בשיתוף חברת Green Cities Design, ראו באתר העירייה.', 'מתקני כושר לכל הגילים', 'שביל אופניים באורך 2.3 ק״מ', 'The technology is ready.', 'קישור זדוני סוף.'],
    absent: ['WordDocument', 'mso-', 'Normal', 'alert', '·'],
    links: ['https://www.example-city.gov.il/parks'],
    dirs: [['ראש העירייה', 'rtl'], ['The technology', 'ltr'], ['מתקני כושר', 'rtl']],
    within: [['מתקני כושר', 'bullet_list'], ['שביל אופניים', 'bullet_list']],
    apart: [['מתקני כושר', 'שביל אופניים']],
    marked: [['חנך', 'strong'], ['Green Cities Design', 'em']],
  },
  {
    name: 'a Word document saved as a web page',
    html: WORD_PAGE,
    texts: ['הפארק החדש בשכונת הדר', 'מתקני כושר לכל הגילים', 'שביל אופניים באורך 2.3 ק״מ', LONG, 'Styled left to right only, 2026.'],
    absent: ['·', 'mso-'],
    links: ['https://www.example-city.gov.il/parks'],
    within: [['מתקני כושר', 'bullet_list']],
    dirs: [['Styled left to right', 'ltr'], ['מתקני כושר', 'rtl']],
  },
  {
    name: 'Google Docs clipboard',
    html: file('e2e/fixtures/paste/google-docs.html'),
    texts: ['החיישן של החברה', 'החיישן משדר נתונים בכל 15 דקות לאפליקציה הייעודית, כפי שפורסם בהודעה לעיתונות.', '45 עובדים כיום', 'Sensors in 12 countries'],
    absent: ['docs-internal-guid'],
    links: ['https://agrosense.example.com/news'],
    dirs: [['החיישן משדר', 'rtl'], ['Sensors in 12', 'ltr']],
    within: [['45 עובדים', 'bullet_list']],
    marked: [['אפליקציה', 'strong'], ['הייעודית', 'em']],
    unmarked: [['החיישן משדר', 'strong'], ['45 עובדים', 'strong'], ['החיישן של החברה', 'strong']],
  },
  {
    name: 'LibreOffice clipboard',
    html: file('e2e/fixtures/paste/libreoffice.html'),
    texts: ['כותרת ביניים מ־LibreOffice', 'חברת Agrosense גייסה 30 מיליון דולר בסבב B.', 'הקמת קו ייצור', 'התרחבות לאירופה', 'Northgate Ventures led the round.', 'טקסט צבוע ומודגש ברקע'],
    absent: ['__pwned', '@page'],
    links: [],
    dirs: [['חברת Agrosense', 'rtl'], ['Northgate', 'ltr'], ['טקסט צבוע', 'rtl']],
    within: [['כותרת ביניים', 'heading'], ['התרחבות', 'ordered_list']],
    marked: [['30 מיליון דולר', 'strong'], ['B', 'em']],
  },
  {
    name: 'a web page’s clipboard',
    html: file('e2e/fixtures/paste/web-page.html'),
    texts: ['כותרת מאתר חדשות', 'מאת: כתב אחר', 'פסקה עם הדגשה, נטוי וקישור.', 'כיתוב של תמונה זרה', 'עוד פסקה עם קישור data ו־span.'],
    absent: ['steal', 'alert', 'pwned', 'tracker'],
    links: ['https://news.example.org/story?id=1'],
    marked: [['הדגשה', 'strong'], ['נטוי', 'em']],
    unmarked: [['עם קישור data', 'link']],
  },
  {
    name: 'hostile markup',
    html: HOSTILE,
    texts: ['טקסט גלוי וקישור רע, עוד רע, קישור data, קישור vbscript, עוגן בדף, קישור יחסי וקישור טוב.', 'פסקה עם סגנון מסוכן', 'פסקה בתוך טופס', 'תקציר', 'פרטים נוספים', 'סוף'],
    absent: ['__pwned', 'javascript', 'expression', 'data:', 'vbscript:', 'msgbox', 'onerror', 'swf'],
    links: ['https://ok.example.org/a'],
    unmarked: [['עוגן בדף', 'link'], ['קישור יחסי', 'link'], ['קישור רע', 'link']],
  },
  {
    name: 'a saved web page of a Hebrew news article',
    html: file('fixtures/html/news-page.html'),
    importOnly: true,
    texts: [
      'הפארק החדש בחיפה נפתח לציבור',
      'ראש עיריית חיפה חנך אמש את הפארק החדש בשכונת הדר',
      'הפארק משתרע על פני כ־40 דונם',
      'העבודות בפארק החלו בשנת 2020',
      '"חיכינו לזה שנים"',
      'תושבי השכונה שהגיעו לטקס',
      'הפארק הזה הוא הוכחה שאפשר לתכנן עיר',
      'לצד ההתלהבות נשמעה גם ביקורת',
      'גן משחקים מונגש לילדים עם מוגבלויות',
      'קפיטריה שתופעל בידי עמותה',
      'ובמוקד העירוני 106. למפת הפארק לחצו כאן.',
      '04-835-6789, 04-835-6790',
      'ילדים משחקים במתחם החדש',
    ],
    absent: [
      'האתר משתמש בעוגיות', 'טכנולוגיה', 'מבזק', 'עומסי תנועה', 'פרסומת', 'שתפו בפייסבוק', 'עוד בנושא', 'העירייה תיטע',
      'רופאים המומים', 'ממומן', 'תגובות (12)', 'ומה עם החניה', 'הכי נקראים', 'תאונה קשה', 'הניוזלטר', 'כל הזכויות שמורות',
      'הצהרת נגישות', 'dataLayer', 'googletag', '__pwned', 'תגיות',
    ],
    links: ['https://www.haifa.example.gov.il/parks/hadar'],
    dirs: [['ראש עיריית חיפה', 'rtl'], ['גן משחקים מונגש לילדים', 'rtl'], ['04-835-6789', 'ltr']],
    within: [['הפארק הזה הוא הוכחה', 'blockquote'], ['גן משחקים מונגש לילדים', 'bullet_list'], ['"חיכינו לזה שנים"', 'heading']],
    marked: [['באתר העירייה', 'link']],
    unmarked: [['לחצו כאן', 'link'], ['106', 'link']],
  },
];

interface Found {
  text: string;
  path: DocJSON[];
  block: DocJSON;
}

const norm = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').trim();
const textOf = (n: DocJSON): string => n.text ?? (n.type === 'hard_break' ? '\n' : (n.content ?? []).map(textOf).join(''));

/** Every text block of the document with its ancestors. */
function textblocks(node: DocJSON, path: DocJSON[] = []): Found[] {
  const inner = node.content ?? [];
  if (inner.some((c) => c.type === 'text' || c.type === 'hard_break') || (inner.length === 0 && node.type !== 'doc')) {
    return [{ text: norm(textOf(node)), path, block: node }];
  }
  return inner.flatMap((c) => textblocks(c, [...path, node]));
}

function marksAt(block: DocJSON, piece: string): Set<string>[] {
  const out: Set<string>[] = [];
  for (const n of block.content ?? []) {
    if (n.text && (n.text.includes(piece) || piece.includes(n.text.trim()))) out.push(new Set((n.marks ?? []).map((m) => m.type)));
  }
  return out;
}

function links(node: DocJSON): string[] {
  const own = (node.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href));
  return [...own, ...(node.content ?? []).flatMap(links)];
}

/** What is wrong with `doc` as the outcome of `c`; empty when all is as expected. */
export function caseProblems(c: HtmlCase, doc: DocJSON): string[] {
  const problems: string[] = [];
  const blocks = textblocks(doc);
  const find = (piece: string) => blocks.find((b) => b.text.includes(norm(piece)));
  const json = JSON.stringify(doc);
  for (const piece of c.texts) if (!find(piece)) problems.push(`text missing: ${piece}`);
  for (const piece of c.absent ?? []) if (json.includes(piece)) problems.push(`should be gone: ${piece}`);
  const found = [...new Set(links(doc))].sort();
  if (JSON.stringify(found) !== JSON.stringify([...c.links].sort())) problems.push(`links ${JSON.stringify(found)}, expected ${JSON.stringify(c.links)}`);
  for (const href of found) if (!isSafeHref(href)) problems.push(`unsafe link: ${href}`);
  for (const [piece, dir] of c.dirs ?? []) {
    const b = find(piece);
    const shown = b && effectiveDirection((b.block.attrs?.dir ?? 'auto') as BlockDirection, b.text, 'rtl');
    if (shown !== dir) problems.push(`direction of "${piece}": ${shown}, expected ${dir}`);
  }
  for (const [a, b] of c.apart ?? []) if (find(a) && find(a) === find(b)) problems.push(`"${a}" and "${b}" share a block`);
  for (const [piece, type] of c.within ?? []) {
    const b = find(piece);
    if (b && ![...b.path, b.block].some((n) => n.type === type)) problems.push(`"${piece}" is not inside a ${type}`);
  }
  for (const [piece, mark] of c.marked ?? []) {
    const b = find(piece);
    if (b && !marksAt(b.block, piece).some((m) => m.has(mark))) problems.push(`"${piece}" lacks ${mark}`);
  }
  for (const [piece, mark] of c.unmarked ?? []) {
    const b = find(piece);
    if (b && marksAt(b.block, piece).some((m) => m.has(mark))) problems.push(`"${piece}" has ${mark}`);
  }
  return problems;
}
