// Article files and their blocks built in code, for the sync merge tests.
import type { DocJSON } from '../../shared/editor/document.js';
import type { ArticleFile, ArticleMeta } from '../../shared/model/article.js';
import { articleDoc, para } from './docs.js';

export { para };

export function heading(text: string): DocJSON {
  return { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [{ type: 'text', text }] };
}

export function figure(imageId: string, caption = ''): DocJSON {
  return { type: 'figure', attrs: { imageId }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: caption ? [{ type: 'text', text: caption }] : [] }] };
}

export const PICTURE = 'a'.repeat(64);

export function meta(patch: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    slug: 'בחירות',
    section: 'חדשות',
    tags: [],
    authors: ['דנה לוי'],
    status: 'draft',
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    targetWords: null,
    related: [],
    ...patch,
  };
}

export function article(body: DocJSON[], opts: { headline?: string; lead?: string; byline?: string; revision?: number; meta?: Partial<ArticleMeta> } = {}): ArticleFile {
  return {
    format: 1,
    id: 'elections-2026',
    revision: opts.revision ?? 3,
    meta: meta(opts.meta),
    doc: articleDoc(opts.headline ?? 'הבחירות לכנסת', body, opts.lead ?? 'הספירה נמשכת', opts.byline ?? 'דנה לוי') as ArticleFile['doc'],
  };
}

/** A copy of `file` changed by `change` (its revision one up, as a save would leave it). */
export function edited(file: ArticleFile, change: (body: DocJSON[], doc: DocJSON[]) => DocJSON[] | void, metaPatch: Partial<ArticleMeta> = {}): ArticleFile {
  const copy = structuredClone(file);
  const content = copy.doc.content as DocJSON[];
  const body = content.slice(3);
  const next = change(body, content) ?? body;
  return { ...copy, revision: file.revision + 1, meta: { ...copy.meta, ...metaPatch }, doc: { ...copy.doc, content: [...content.slice(0, 3), ...next] } };
}

/** The body's blocks as text, figures as `[picture: caption]`, to read expectations at a glance. */
export function bodyText(file: ArticleFile | null): string[] {
  return ((file?.doc.content ?? []) as DocJSON[]).slice(3).map((b) => {
    const text = (n: DocJSON): string => n.text ?? (n.content ?? []).map(text).join('');
    return b.type === 'figure' ? `[${String(b.attrs?.imageId).slice(0, 4)}: ${text(b)}]` : text(b);
  });
}
