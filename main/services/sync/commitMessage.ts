// A commit's message as a person reads it on any git host: which articles (by headline) and
// which pictures (by their file name) changed, not a list of hashes.
import { textOf } from './blockText.js';

export interface ChangedPath {
  status: 'added' | 'modified' | 'deleted';
  path: string;
  /** The file's text (the new one; the old one for a deletion), when it is one Ktav reads. */
  text: string | null;
}

const ARTICLE = /^articles\/([^/]+)\.json$/;
const RECORD = /^media\/([a-f0-9]{64})\.json$/;

export function commitMessage(changes: ChangedPath[], title = 'Ktav'): string {
  const lines: string[] = [];
  let articles = 0;
  let pictures = 0;
  let other = 0;
  const verb = { added: '+', modified: '~', deleted: '−' } as const;
  for (const c of changes) {
    if (ARTICLE.test(c.path)) {
      articles++;
      lines.push(`${verb[c.status]} ${headlineOf(c.text) || '(ללא כותרת)'} (${c.path})`);
    } else if (RECORD.test(c.path)) {
      pictures++;
      lines.push(`${verb[c.status]} ${pictureNameOf(c.text) ?? c.path} (${c.path})`);
    } else if (!c.path.startsWith('media/') && !c.path.includes('.history/')) {
      other++;
      lines.push(`${verb[c.status]} ${c.path}`);
    }
  }
  const counts = [
    articles && `${articles} ${articles === 1 ? 'article' : 'articles'}`,
    pictures && `${pictures} ${pictures === 1 ? 'picture' : 'pictures'}`,
    other && `${other} ${other === 1 ? 'file' : 'files'}`,
  ].filter(Boolean);
  return `${title}: ${counts.join(', ') || 'versions and picture files'}\n\n${lines.join('\n')}\n`;
}

function headlineOf(text: string | null): string {
  try {
    const file = JSON.parse(text ?? '') as { doc?: { content?: unknown[] } };
    return textOf(file.doc?.content?.[0]).trim();
  } catch {
    return '';
  }
}

function pictureNameOf(text: string | null): string | null {
  try {
    const record = JSON.parse(text ?? '') as { originalName?: unknown; credit?: { creditLine?: unknown } };
    const name = typeof record.originalName === 'string' ? record.originalName : null;
    const credit = typeof record.credit?.creditLine === 'string' && record.credit.creditLine ? ` — ${record.credit.creditLine}` : '';
    return name && `${name}${credit}`;
  } catch {
    return null;
  }
}
