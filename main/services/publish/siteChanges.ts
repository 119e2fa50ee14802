// What changed on the site since Ktav last published: the post as the site has it now beside
// what Ktav would send, field by field, the body compared paragraph by paragraph as text, so the
// person sees the lines an editor changed there before deciding to overwrite them. Pure.
import { diffArrays } from 'diff';
import type { SiteChange } from './publishTypes.js';

export interface PostText {
  title: string;
  excerpt: string;
  content: string;
  status: string;
  slug: string;
}

const LIMIT = 600;

/** The text of HTML, one line per block, entities for the common characters read. */
export function textLines(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/(p|h[1-6]|li|figcaption|blockquote|footer|aside|figure)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u2066-\u2069]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const cut = (s: string) => (s.length > LIMIT ? `${s.slice(0, LIMIT)}…` : s);

export function siteChanges(site: PostText, ktav: PostText): SiteChange[] {
  const changes: SiteChange[] = [];
  for (const field of ['title', 'excerpt'] as const) {
    const a = textLines(site[field]).join(' ');
    const b = textLines(ktav[field]).join(' ');
    if (a !== b) changes.push({ field, site: cut(a), ktav: cut(b) });
  }
  if (site.status !== ktav.status) changes.push({ field: 'status', site: site.status, ktav: ktav.status });
  if (decodeURIComponent(site.slug) !== decodeURIComponent(ktav.slug)) changes.push({ field: 'slug', site: decodeURIComponent(site.slug), ktav: ktav.slug });
  const onSite: string[] = [];
  const inKtav: string[] = [];
  for (const part of diffArrays(textLines(site.content), textLines(ktav.content))) {
    if (part.added) inKtav.push(...part.value);
    else if (part.removed) onSite.push(...part.value);
  }
  if (onSite.length || inKtav.length) changes.push({ field: 'content', site: cut(onSite.join('\n')), ktav: cut(inKtav.join('\n')) });
  return changes;
}
