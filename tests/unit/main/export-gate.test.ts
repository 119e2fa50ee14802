// The export gate on its own: each error that stops an export and each warning that does not,
// named with its place in Hebrew.
import { describe, expect, it } from 'vitest';
import { runGate, type GateImage } from '../../../main/services/export/gate.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/hebrew/houseStyle.js';
import type { DocJSON } from '../../../shared/editor/document.js';
import { articleFile } from '../../support/exportFixtures.js';
import { inWords } from '../../../shared/i18n/translate.js';
import type { GateReport } from '../../../shared/model/export.js';

const ID = 'a'.repeat(64);
const credited: GateImage = { name: 'park.jpg', credit: { creditLine: 'דוברות העירייה', altText: 'קהל בפארק', validUntil: '' } };

const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: text ? [{ type: 'text', text }] : [] });
function doc(headline: string, body: DocJSON[], lead = 'כותרת משנה'): DocJSON {
  return { type: 'doc', content: [field('headline', headline), field('subheadline', lead), field('byline', 'נועה לוי'), ...body] };
}
const p = (text: string, marks?: DocJSON['marks']): DocJSON => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });
const figure: DocJSON = { type: 'figure', attrs: { imageId: ID }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] };

function gate(d: DocJSON, image: GateImage | null = credited, meta = {}) {
  return inWords<GateReport>(runGate({ article: articleFile('20261126-gate0001', d, meta), image: () => image, houseStyle: DEFAULT_HOUSE_STYLE, today: '2026-11-27', relatedExists: () => false }), 'he');
}

describe('the export gate', () => {
  it('lets a clean article through with no findings', () => {
    const r = gate(doc('פארק חדש נפתח', [p('הפארק נפתח היום.'), figure]));
    expect(r.ok).toBe(true);
    expect([...r.errors, ...r.warnings]).toEqual([]);
  });

  it('stops an article without a headline', () => {
    const r = gate(doc('  ', [p('גוף.')]));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'no-headline', place: { block: 'headline', label: 'כותרת' } })]);
    expect(r.errors[0]!.message).toBe('לכתבה אין כותרת. יש לכתוב כותרת לפני הייצוא.');
  });

  it('stops a figure whose picture has no credit, no alt text, expired rights, or is missing', () => {
    expect(gate(doc('כותרת', [p('א.'), figure]), { name: 'x.jpg', credit: { creditLine: ' ', altText: '', validUntil: '2026-11-26' } }).errors.map((e) => [e.code, e.place.label])).toEqual([
      ['no-credit', 'גוף הכתבה, תמונה 1'],
      ['no-alt', 'גוף הכתבה, תמונה 1'],
      ['rights-expired', 'גוף הכתבה, תמונה 1'],
    ]);
    // Rights valid until today are good through today.
    expect(gate(doc('כותרת', [figure]), { ...credited, credit: { ...credited.credit, validUntil: '2026-11-27' } }).ok).toBe(true);
    expect(gate(doc('כותרת', [figure]), null).errors.map((e) => e.code)).toEqual(['missing-image']);
  });

  it('stops links that are not http(s) or mailto, naming the link and its paragraph', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href, title: null } }];
    const r = gate(doc('כותרת', [p('טוב', link('https://example.com')), p('דואר', link('mailto:a@example.com')), p('רע', link('javascript:alert(1)')), p('גם', link('data:text/html,<script>'))]));
    expect(r.errors.map((e) => [e.code, e.place.label, e.found])).toEqual([
      ['unsafe-link', 'גוף הכתבה, פסקה 3', 'javascript:alert(1)'],
      ['unsafe-link', 'גוף הכתבה, פסקה 4', 'data:text/html,<script>'],
    ]);
  });

  it('stops a document that fails the schema', () => {
    const r = gate({ type: 'doc', content: [field('headline', 'x'), { type: 'paragraph' }, { type: 'paragraph' }, { type: 'paragraph' }] });
    expect(r.errors.map((e) => e.code)).toEqual(['invalid-document']);
  });

  it('warns about typography, length, a missing lead, section and related article without stopping', () => {
    const r = gate(doc('כותרת', [p('יו"ר הוועד אמר , שלום')], ''), credited, { targetWords: 400, section: '', related: ['20261101-gone0001'] });
    expect(r.ok).toBe(true);
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['typography:gershayim', 'typography:space-before-punctuation', 'too-short', 'no-lead', 'no-section', 'missing-related']));
    const g = r.warnings.find((w) => w.code === 'typography:gershayim')!;
    expect(g).toMatchObject({ found: '"', fix: '״', place: { label: 'גוף הכתבה, פסקה 1' } });
    expect(g.place.pos).toBeDefined();
  });
});
