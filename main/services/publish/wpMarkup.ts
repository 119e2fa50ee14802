// What the site receives as the post's text: the export's body fragment, in the markup that
// WordPress keeps for every role. Found by test against a real WordPress 6.1 (tests/wordpress/
// kses.test.ts): an Author's or a Contributor's post goes through wp_kses, which removes `<bdi>`
// (keeping its text, so an isolated English phrase runs into the Hebrew around it) and the
// `decoding` attribute, and keeps `<p dir>`, `<span dir lang>` (also `dir="auto"`), `<h2 dir>`,
// `<ol start dir>`, `<li dir>`, `<aside class dir>`, `<footer>`, `<figure class>`, `<img class
// width height loading>` and HTML comments; an Editor's (unfiltered_html on a single site) keeps
// everything. An element with a `dir` attribute isolates its content exactly as `<bdi>` does
// (HTML's rendering rules give `[dir]` `unicode-bidi: isolate`), so `<span dir>` is sent in place
// of `<bdi dir>` for every role: the same post reads the same whoever saves it next on the site.
// Title and excerpt pass a stricter filter (no `<span>`): their opposite-direction runs are
// isolated with Unicode's isolate characters, which are text and survive every filter.
// Pure functions, no network.
import type { Node as PMNode } from 'prosemirror-model';
import { serializeBody, type FigureImage } from '../../../shared/html/body.js';
import { escapeAttr, escapeText } from '../../../shared/html/escape.js';
import type { Direction } from '../../../shared/text/direction.js';
import { runsToIsolate } from '../../../shared/text/isolate.js';

/** A picture as it is on the site: its attachment, and what the figure says about it. */
export interface SiteFigure {
  attachmentId: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  creditLine: string;
}

/**
 * The comment that names the article a post was made from. wp_kses keeps comments, so a retry
 * after a lost answer finds the post it already made by this mark (with its slug), not by guess.
 */
export function ktavMarker(articleId: string): string {
  return `<!-- ktav:${articleId} -->`;
}

export function hasKtavMarker(content: string, articleId: string): boolean {
  return content.includes(ktavMarker(articleId));
}

/**
 * The element Ktav's serializer isolates with, `<bdi dir=…>`, as `<span dir=…>`. Exact on the
 * serializer's output: its text is escaped, so `<bdi` occurs only as its own tags.
 */
export function siteSafeMarkup(html: string): string {
  return html.replace(/<bdi(?=[\s>])/g, '<span').replace(/<\/bdi>/g, '</span>');
}

/** A figure as WordPress's editor inserts an image, so WordPress adds its own `srcset`, `sizes` and lazy loading. */
export function wordpressFigure(figure: SiteFigure, captionHtml: string, creditHtml: string): string {
  const img = `<img src="${escapeAttr(figure.url)}" alt="${escapeAttr(figure.alt)}" class="wp-image-${figure.attachmentId}" width="${figure.width}" height="${figure.height}"/>`;
  const caption = [captionHtml, creditHtml].filter(Boolean).join(' ');
  return `<figure class="wp-block-image size-full">${img}${caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : ''}</figure>`;
}

/** The post's content: Ktav's mark, then the body (desk notes left out by the serializer) in the site's markup. */
export function postContent(doc: PMNode, articleId: string, figure: (imageId: string) => SiteFigure | null): string {
  const image = (id: string): FigureImage | null => {
    const f = figure(id);
    return f ? { src: f.url, width: f.width, height: f.height, alt: f.alt, caption: f.caption, creditLine: f.creditLine } : null;
  };
  const body = serializeBody(doc, {
    baseDirection: 'rtl',
    image,
    figureMarkup: ({ imageId, captionHtml, creditHtml }) => wordpressFigure(figure(imageId)!, captionHtml, creditHtml),
  });
  return `${ktavMarker(articleId)}\n${siteSafeMarkup(body)}`;
}

const ISOLATE = { ltr: '\u2066', rtl: '\u2067' } as const;
const POP = '\u2069';

/** Plain text for the title and excerpt: escaped, each opposite-direction run between isolate characters. */
export function isolatedText(text: string, dir: Direction = 'rtl'): string {
  const runs = runsToIsolate(text, dir);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += escapeText(text.slice(at, r.from)) + ISOLATE[other] + escapeText(text.slice(r.from, r.to)) + POP;
    at = r.to;
  }
  return out + escapeText(text.slice(at));
}
