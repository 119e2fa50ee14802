// A complete, publishable page for one article: the document shell around the body.
import type { Node as PMNode } from 'prosemirror-model';
import { articleFields } from '../editor/document.js';
import { detectDirection } from '../text/direction.js';
import { escapeAttr, escapeText } from './escape.js';
import { isolatedRuns, serializeBody, type BodyOptions } from './body.js';
import { PAGE_STYLE } from './pageStyle.js';

export interface PageOptions extends Omit<BodyOptions, 'baseDirection'> {
  /** ISO date the article is published or last saved. */
  date?: string;
  /** Extra markup for `<head>` (structured data, social tags), already escaped by the caller. */
  head?: string;
  /** Markup after the body inside `<article>` (related articles), already escaped. */
  after?: string;
}

const SKIP_LINK = 'דילוג לתוכן';
const BYLINE_PREFIX = 'מאת:';

/** The text of `<title>`: a right-to-left title that opens with Latin starts with RLM. */
export function titleText(headline: string): string {
  const first = headline.match(/[A-Za-z\u0590-\u05FF]/u)?.[0];
  const startsLatin = first !== undefined && detectDirection(first) === 'ltr';
  return (startsLatin ? '&rlm;' : '') + escapeText(headline);
}

export function renderPage(doc: PMNode, options: PageOptions = {}): string {
  const { headline, lead, byline } = articleFields(doc);
  const dir = 'rtl' as const;
  const body = serializeBody(doc, { ...options, baseDirection: dir });
  const date = options.date
    ? ` <time datetime="${escapeAttr(options.date)}">${escapeText(formatHebrewDate(options.date))}</time>`
    : '';
  const header = [
    `<h1>${isolatedRuns(headline, dir)}</h1>`,
    lead ? `<p class="lead">${isolatedRuns(lead, dir)}</p>` : '',
    byline || date ? `<p class="byline">${byline ? `${BYLINE_PREFIX} ${isolatedRuns(byline, dir)}` : ''}${date}</p>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titleText(headline)}</title>
${options.head ?? ''}<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip-link" href="#main">${SKIP_LINK}</a>
<main id="main">
<article>
<header>
${header}
</header>
${body}
${options.after ?? ''}</article>
</main>
</body>
</html>
`;
}

/** `2026-11-27T…` → `27.11.2026`, the way Israeli sites print dates; no locale data needed. */
function formatHebrewDate(iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
