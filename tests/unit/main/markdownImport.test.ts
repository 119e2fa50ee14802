// Markdown comes in from markdown-it's tokens (no HTML parser): everything the schema has no
// node for keeps its text, and links follow the one link rule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../shared/editor/document.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import { openTestRepo } from '../../support/repo.js';
import { withTempDir } from '../../support/tempDir.js';

const text = (n: DocJSON): string => n.text ?? (n.type === 'hard_break' ? '\n' : (n.content ?? []).map(text).join(''));

async function importMarkdown(md: string): Promise<{ headline: string; body: DocJSON[] }> {
  return withTempDir(async (dir) => {
    const s = await openTestRepo(join(dir, 'repo'));
    const outcome = await s.imports.importBytes('a.md', Buffer.from(md));
    const doc = (await s.articles.get(outcome.id!)).doc as DocJSON;
    docFromJSON(doc); // fits the schema
    await s.close();
    return { headline: outcome.headline!, body: doc.content!.slice(3) };
  });
}

describe('Markdown import', () => {
  it('code, tables, strike-through and nested lists keep their text; the schema’s blocks keep their shape', async () => {
    const { headline, body } = await importMarkdown(
      '# כותרת\n\n```\nconst a = 1;\nconst b = 2;\n```\n\n| עמודה | Column |\n|---|---|\n| תא | cell |\n\n~~מחוק~~ ו`קוד` ושורה  \nשבורה\n\n- חיצוני\n  - פנימי\n\n### כותרת משנה\n\n---\n',
    );
    expect(headline).toBe('כותרת');
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'bullet_list', 'heading', 'horizontal_rule']);
    expect(body.slice(0, 6).map(text)).toEqual(['const a = 1;\nconst b = 2;', 'עמודה', 'Column', 'תא', 'cell', 'מחוק וקוד ושורה\nשבורה']);
    expect(text(body[6]!)).toBe('חיצוניפנימי');
    expect(body[7]!.attrs).toMatchObject({ level: 3, dir: 'rtl' });
    expect(body[2]!.attrs!.dir).toBe('ltr');
  });

  it('links: https, http and mailto stay links; anchors and relative links become their text, a javascript: link its source', async () => {
    const { body } = await importMarkdown('# ק\n\n[אתר](https://x.org/a) [דואר](mailto:a@x.org) [עוגן](#s1) [יחסי](/news/1) [רע](javascript:alert(1)) <https://y.org>\n');
    const links = (body[0]!.content ?? []).flatMap((n) => (n.marks ?? []).map((m) => [n.text, m.attrs?.href]));
    expect(links).toEqual([['אתר', 'https://x.org/a'], ['דואר', 'mailto:a@x.org'], ['https://y.org', 'https://y.org']]);
    expect(text(body[0]!)).toContain('עוגן יחסי');
    // markdown-it refuses a javascript: link outright: its source stays as text.
    expect(text(body[0]!)).toContain('[רע](javascript:alert(1))');
  });
});
