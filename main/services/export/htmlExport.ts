// Exporting one article as a single HTML page (the first step of the export packages).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPage } from '../../../shared/html/page.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import { atomicWrite } from '../storage/atomicWrite.js';

export function articlePageHtml(article: ArticleFile): string {
  return renderPage(docFromJSON(article.doc), { date: article.meta.updatedAt });
}

/** Writes the page to `outPath`, or to `<exportsDir>/<slug or id>.html`; returns the path. */
export async function exportArticleHtml(article: ArticleFile, exportsDir: string, outPath?: string): Promise<string> {
  const path = outPath ?? join(exportsDir, `${article.meta.slug || article.id}.html`);
  if (!outPath) await mkdir(exportsDir, { recursive: true });
  await atomicWrite(path, articlePageHtml(article));
  return path;
}
