// The worker reads an article's search text straight from its JSON; it must be the text the
// ProseMirror document gives (notes for the desk left out, a hard break as a space, every
// textblock of lists, quotes and figure captions its own line).
import { describe, expect, it } from 'vitest';
import { searchDocument, searchDocumentFromJSON } from '../../../main/services/search/searchFields.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { DocJSON } from '../../../shared/editor/document.js';

const text = (t: string, marks?: DocJSON['marks']): DocJSON => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const block = (type: string, content: DocJSON[], attrs: Record<string, unknown> = { dir: 'auto' }): DocJSON => ({ type, attrs, content });

function file(doc: DocJSON): ArticleFile {
  return {
    format: 1,
    id: 'a-1',
    revision: 3,
    meta: { slug: '', section: '', tags: ['פוליטיקה', 'AI'], authors: [], status: 'draft', createdAt: 'x', updatedAt: 'y', targetWords: null, related: [] },
    doc: doc as ArticleFile['doc'],
  };
}

describe('search fields from JSON', () => {
  it('match the fields read through ProseMirror', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        block('headline', [text(' כותרת ')]),
        block('subheadline', [text('תקציר '), text('נוסף')]),
        block('byline', [text('נועה לוי')]),
        block('paragraph', [text('שורה'), { type: 'hard_break' }, text('שנייה '), text('הערה פנימית', [{ type: 'note' }]), text(' סוף')]),
        block('heading', [text('כותרת ביניים')], { level: 2, dir: 'auto' }),
        block('blockquote', [block('paragraph', [text('ציטוט')]), block('paragraph', [text('המשך')])], { dir: 'auto' }),
        block('bullet_list', [block('list_item', [block('paragraph', [text('פריט')]), block('bullet_list', [block('list_item', [block('paragraph', [text('פנימי')])], { dir: 'auto' })], { dir: 'auto' })], { dir: 'auto' })], { dir: 'auto' }),
        { type: 'horizontal_rule' },
        block('figure', [block('figcaption', [text('כיתוב')], { dir: 'auto' })], { imageId: 'abc' }),
        block('pull_quote', [text('ציטוט מודגש')], { attribution: 'מישהו', dir: 'auto' }),
        block('paragraph', [], { dir: 'auto' }),
      ],
    };
    const f = file(doc);
    const expected = searchDocument(f);
    expect(expected.body).toContain('פנימי');
    expect(searchDocumentFromJSON(f)).toEqual(expected);
  });
});
