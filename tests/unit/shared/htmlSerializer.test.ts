import { describe, expect, it } from 'vitest';
import { docFromJSON } from '../../../shared/editor/document.js';
import { renderPage, titleText } from '../../../shared/html/page.js';
import { serializeBody } from '../../../shared/html/body.js';
import { articleDoc, para } from '../../support/docs.js';

const body = (json: ReturnType<typeof articleDoc>) => serializeBody(docFromJSON(json), { baseDirection: 'rtl' });

describe('the HTML serializer', () => {
  it('makes a right-to-left Hebrew page with the headline, lead and byline', () => {
    const html = renderPage(docFromJSON(articleDoc('כותרת הכתבה', [para('גוף')], 'משנה', 'נועה לוי')), { date: '2026-11-27T10:00:00Z' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="he" dir="rtl">/);
    expect(html).toContain('<title>כותרת הכתבה</title>');
    expect(html).toContain('<a class="skip-link" href="#main">דילוג לתוכן</a>');
    expect(html).toContain('<h1>כותרת הכתבה</h1>');
    expect(html).toContain('<p class="lead">משנה</p>');
    expect(html).toContain('מאת: נועה לוי');
    expect(html).toContain('<time datetime="2026-11-27T10:00:00Z">27.11.2026</time>');
  });

  it('puts dir only on blocks that differ from the page', () => {
    const html = body(articleDoc('x', [para('עברית'), para('All English here'), para('Hebrew forced', 'rtl')]));
    expect(html).toBe('<p>עברית</p>\n<p dir="ltr">All English here</p>\n<p>Hebrew forced</p>');
  });

  it('escapes everything the person typed', () => {
    const html = body(articleDoc('x', [para('א <img src=x onerror=alert(1)> & "ב"')]));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;');
    expect(html).toContain('&amp;');
  });

  it('isolates URLs, C++ and Latin runs that need it inside Hebrew, leaving sentence punctuation outside', () => {
    const html = body(
      articleDoc('x', [
        para('חברת Green Cities Design זכתה במכרז הגדול של העירייה.'),
        para('פרטים נוספים באתר העירייה: https://www.example-city.gov.il/parks/hadar .'),
        para('הקורס מלמד את שפת C++ ותו לא.'),
        para('חברת Google (2024) הודיעה.'),
      ]),
    );
    // A phrase the bidi algorithm already places right gets no element of its own.
    expect(html).toContain('<p>חברת Green Cities Design זכתה במכרז הגדול של העירייה.</p>');
    expect(html).toContain('<bdi dir="ltr">Google</bdi> (2024)');
    expect(html).toContain('<bdi dir="ltr">https://www.example-city.gov.il/parks/hadar</bdi> .');
    expect(html).toContain('<bdi dir="ltr">C++</bdi> ותו לא.');
    expect(html).not.toContain('dir="ltr">פרטים'); // the URL does not make the paragraph LTR
  });

  it('keeps a phrase that crosses a change of marks in one isolate, marks inside it', () => {
    const doc = articleDoc('x', [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'חברת Green ' },
          { type: 'text', text: 'Cities', marks: [{ type: 'strong' }] },
          { type: 'text', text: ' Design (2024) זכתה ב-' },
          { type: 'text', text: 'C++', marks: [{ type: 'em' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    expect(body(doc)).toBe(
      '<p>חברת <bdi dir="ltr">Green <strong>Cities</strong> Design</bdi> (2024) זכתה ב-<em><bdi dir="ltr">C++</bdi></em>.</p>',
    );
  });

  it('drops links that are not http(s) or mailto, keeping their text', () => {
    const doc = articleDoc('x', [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'רע', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          { type: 'text', text: ' טוב', marks: [{ type: 'link', attrs: { href: 'https://example.com/a?b=1&c=2' } }] },
        ],
      },
    ]);
    const html = body(doc);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2"> טוב</a>');
  });

  it('never exports notes for the desk', () => {
    const doc = articleDoc('x', [
      { type: 'paragraph', content: [{ type: 'text', text: 'גלוי ' }, { type: 'text', text: 'לבדוק מספר', marks: [{ type: 'note' }] }] },
    ]);
    expect(body(doc)).toBe('<p>גלוי </p>');
  });

  it('exports a pull quote with its attribution, escaped and isolated when it is in the other direction', () => {
    const quote = (attribution: string) => articleDoc('x', [{ type: 'pull_quote', attrs: { attribution, dir: 'auto' }, content: [{ type: 'text', text: 'חיכינו לפארק' }] }]);
    expect(body(quote('רונית אברהם'))).toBe('<aside class="pull-quote"><blockquote><p>חיכינו לפארק</p></blockquote><footer>רונית אברהם</footer></aside>');
    expect(body(quote('Reuters.'))).toContain('<footer><bdi dir="ltr">Reuters.</bdi></footer>');
    const hostile = body(quote('<img src=x onerror=alert(1)> & ב'));
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;');
    expect(hostile).toContain('&amp; ב');
    // No attribution, no empty footer.
    expect(body(quote('  '))).toBe('<aside class="pull-quote"><blockquote><p>חיכינו לפארק</p></blockquote></aside>');
  });

  it('starts a title that opens with Latin with RLM', () => {
    expect(titleText('NASA משגרת')).toBe('&rlm;NASA משגרת');
    expect(titleText('נאס"א משגרת')).toBe('נאס"א משגרת');
  });
});
