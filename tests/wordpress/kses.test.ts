// Which of Ktav's direction markup WordPress's HTML filter keeps, per role: the facts that
// main/services/publish/wpMarkup.ts is written to. A post by an Author or a Contributor goes
// through wp_kses; an Editor's (unfiltered_html on a single site) is kept as sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWordPress, type WordPressSite, type WpRole } from '../support/wordpress/site.js';

let site: WordPressSite;
beforeAll(async () => {
  site = await startWordPress();
});
afterAll(() => site?.stop());

const SENT = [
  '<!-- ktav:kses-test -->',
  '<p>שלום <bdi dir="ltr">Real Madrid</bdi> עולם</p>',
  '<p dir="ltr">English <span dir="rtl" lang="he">עברית</span> more</p>',
  '<p>טקסט <span dir="auto">auto</span> <bdo dir="ltr">bdo</bdo></p>',
  '<aside class="pull-quote" dir="ltr"><blockquote><p>q</p></blockquote><footer>מי</footer></aside>',
  '<figure class="wp-block-image size-full"><img src="http://127.0.0.1/a.jpg" alt="א" class="wp-image-5" width="10" height="10" loading="lazy" decoding="async"/><figcaption class="wp-element-caption"><span class="caption" dir="ltr">cap</span></figcaption></figure>',
  '<ol start="3" dir="ltr"><li dir="rtl">א</li></ol><h2 dir="ltr">H</h2>',
].join('\n');

async function keptFor(role: WpRole): Promise<{ content: string; title: string; excerpt: string }> {
  const made = await site.rest<{ id: number }>('/wp/v2/posts', role, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'כותרת \u2066Real Madrid\u2069 <span dir="ltr">x</span>', excerpt: 'תקציר <span dir="ltr">x</span>', content: SENT, status: 'draft' }),
  });
  expect(made.status).toBe(201);
  const back = await site.rest<{ content: { raw: string }; title: { raw: string }; excerpt: { raw: string } }>(`/wp/v2/posts/${made.body.id}?context=edit`, role);
  return { content: back.body.content.raw, title: back.body.title.raw, excerpt: back.body.excerpt.raw };
}

describe('what wp_kses keeps of Ktav’s markup', () => {
  for (const role of ['author', 'contributor'] as const) {
    it(`as ${role === 'author' ? 'an Author' : 'a Contributor'}: <bdi> goes (its text stays), dir on every element stays`, async () => {
      const { content, title } = await keptFor(role);
      expect(content).toContain('<p>שלום Real Madrid עולם</p>'); // no isolate left: the phrase runs into the Hebrew
      expect(content).not.toContain('<bdi');
      expect(content).toContain('<p dir="ltr">English <span dir="rtl" lang="he">עברית</span> more</p>');
      expect(content).toContain('<span dir="auto">auto</span>');
      expect(content).toContain('<bdo dir="ltr">bdo</bdo>');
      expect(content).toContain('<aside class="pull-quote" dir="ltr"><blockquote><p>q</p></blockquote><footer>מי</footer></aside>');
      expect(content).toContain('<img src="http://127.0.0.1/a.jpg" alt="א" class="wp-image-5" width="10" height="10" loading="lazy" />'); // decoding goes
      expect(content).toContain('<span class="caption" dir="ltr">cap</span>');
      expect(content).toContain('<ol start="3" dir="ltr"><li dir="rtl">א</li></ol><h2 dir="ltr">H</h2>');
      expect(content).toContain('<!-- ktav:kses-test -->'); // comments stay: Ktav's mark survives
      expect(title).toContain('\u2066Real Madrid\u2069'); // isolate characters are text
    });
  }

  it('as an Editor: everything is kept as sent (unfiltered_html)', async () => {
    const me = await site.rest<{ capabilities: Record<string, boolean> }>('/wp/v2/users/me?context=edit', 'editor');
    expect(me.body.capabilities.unfiltered_html).toBe(true);
    const { content } = await keptFor('editor');
    expect(content).toBe(SENT);
  });
});
