// The export gate (בדיקת מוכנות לייצוא): every problem of an article before anything is
// written, each with its place, as Phrases the dispatcher (or `ktav`) says in the person's language. Errors stop the export; warnings
// (typography, spelling, length, missing lead or section) are shown and let it through.
// Pure: it reads the article, the image records and the house style it is given.
import type { Node as PMNode } from 'prosemirror-model';
import { articleFields, BODY_START, bodyText, countWords, docFromJSON } from '../../../shared/editor/document.js';
import { isSafeHref } from '../../../shared/editor/linkRule.js';
import { lintDocument } from '../../../shared/hebrew/lint.js';
import type { HouseStyle } from '../../../shared/hebrew/houseStyle.js';
import { Phrase, type KeyOf, type MessageParams, type Unsaid } from '../../../shared/api/errors.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { GateFinding, GatePlace, GateReport } from '../../../shared/model/export.js';
import { rightsExpired, type CreditFields } from '../../../shared/model/media.js';
import type { DocMisspelling } from '../../../shared/spelling/document.js';

/** What the gate needs to know about a figure's picture. */
export interface GateImage {
  name: string;
  credit: Pick<CreditFields, 'creditLine' | 'altText' | 'validUntil'>;
}

export interface GateInput {
  article: ArticleFile;
  image: (id: string) => GateImage | null;
  houseStyle: HouseStyle;
  /** Today as `YYYY-MM-DD`: rights valid until a date are good through that day. */
  today: string;
  /** Whether a related article exists; missing ones are warned about. */
  relatedExists?: (id: string) => boolean;
  /** The article's misspelled words (found by the spelling worker beforehand), each a warning. */
  misspellings?: readonly (DocMisspelling & { suggestions?: string[] })[];
}

/** A body this far from its target length (as a share of the target) is worth a warning. */
const LENGTH_TOLERANCE = 0.5;

/** A message of the export table, not yet in words. */
const msg = (key: KeyOf<'export'>, params?: MessageParams) => new Phrase(`export:${key}`, params);

export type UnsaidGateReport = Unsaid<GateReport> & { errors: Unsaid<GateFinding>[]; warnings: Unsaid<GateFinding>[] };

export function runGate(input: GateInput): UnsaidGateReport & { doc: PMNode | null } {
  const errors: Unsaid<GateFinding>[] = [];
  const warnings: Unsaid<GateFinding>[] = [];
  const meta: Unsaid<GatePlace> = { block: 'meta', label: msg('placeMeta') };

  let doc: PMNode;
  try {
    doc = docFromJSON(input.article.doc);
  } catch {
    errors.push({ severity: 'error', code: 'invalid-document', message: msg('invalidDocument', { details: new Phrase('notArticleShape') }), place: meta });
    return { ok: false, errors, warnings, doc: null };
  }

  const place = (block: string | number, pos?: { from: number; to: number }) => placeOf(doc, block, pos);

  const { headline, lead } = articleFields(doc);
  if (!headline) errors.push({ severity: 'error', code: 'no-headline', message: msg('noHeadline'), place: place('headline') });

  // Figures: a picture that exists, is credited, described and still ours to publish.
  for (let i = BODY_START; i < doc.childCount; i++) {
    const node = doc.child(i);
    if (node.type.name !== 'figure') continue;
    const id = String(node.attrs.imageId ?? '');
    const at = place(i - BODY_START);
    const image = id ? input.image(id) : null;
    if (!image) {
      errors.push({ severity: 'error', code: 'missing-image', message: msg('missingImage', { id: id || '—' }), place: at });
      continue;
    }
    const name = image.name;
    if (!image.credit.creditLine.trim()) errors.push({ severity: 'error', code: 'no-credit', message: msg('noCredit', { name }), place: at });
    if (!image.credit.altText.trim()) errors.push({ severity: 'error', code: 'no-alt', message: msg('noAlt', { name }), place: at });
    if (rightsExpired(image.credit, input.today)) {
      errors.push({ severity: 'error', code: 'rights-expired', message: msg('rightsExpired', { name, date: image.credit.validUntil }), place: at });
    }
  }

  // Links: only what the link rule allows (https, http, mailto) may reach a published page.
  for (let i = BODY_START; i < doc.childCount; i++) {
    const top = doc.child(i);
    const start = positionOf(doc, i);
    top.descendants((node, pos) => {
      for (const mark of node.marks) {
        if (mark.type.name !== 'link') continue;
        const href = String(mark.attrs.href ?? '');
        if (isSafeHref(href)) continue;
        const from = start + 1 + pos;
        errors.push({
          severity: 'error',
          code: 'unsafe-link',
          message: msg('unsafeLink', { href: href.slice(0, 200) }),
          place: place(i - BODY_START, { from, to: from + node.nodeSize }),
          found: href,
        });
      }
    });
  }

  // Warnings: typography of the house style, spelling, length, missing lead, section, related articles.
  for (const f of lintDocument(doc, input.houseStyle)) {
    warnings.push({
      severity: 'warning',
      code: `typography:${f.rule}`,
      message: f.message,
      place: place(f.block, f.pos),
      found: doc.textBetween(f.pos.from, f.pos.to),
      context: f.excerpt,
      fix: f.replacement,
    });
  }
  // Spelling: a warning per misspelled word, never an error (names and new words are not mistakes).
  for (const m of input.misspellings ?? []) {
    const suggestions = m.suggestions ?? [];
    warnings.push({
      severity: 'warning',
      code: 'spelling',
      message: suggestions.length ? msg('misspelledSuggest', { word: m.word, suggestions: suggestions.join(', ') }) : msg('misspelled', { word: m.word }),
      place: place(m.block, m.pos ?? undefined),
      found: m.word,
      context: m.excerpt,
      fix: suggestions[0] ?? null,
    });
  }
  const target = input.article.meta.targetWords;
  if (target) {
    const words = countWords(bodyText(doc));
    if (words < target * (1 - LENGTH_TOLERANCE)) warnings.push({ severity: 'warning', code: 'too-short', message: msg('tooShort', { words, target }), place: meta });
    else if (words > target * (1 + LENGTH_TOLERANCE)) warnings.push({ severity: 'warning', code: 'too-long', message: msg('tooLong', { words, target }), place: meta });
  }
  if (!lead) warnings.push({ severity: 'warning', code: 'no-lead', message: msg('noLead'), place: place('subheadline') });
  if (!input.article.meta.section.trim()) warnings.push({ severity: 'warning', code: 'no-section', message: msg('noSection'), place: meta });
  for (const id of input.article.meta.related) {
    if (input.relatedExists && !input.relatedExists(id)) warnings.push({ severity: 'warning', code: 'missing-related', message: msg('missingRelated', { id }), place: meta });
  }

  return { ok: errors.length === 0, errors, warnings, doc };
}

/** A place in an article in words: a field, or a body block counted per kind as a person reads it ("תמונה 2"). */
export function placeOf(doc: PMNode, block: string | number, pos?: { from: number; to: number }): Unsaid<GatePlace> {
  if (block === 'headline') return { block, label: msg('placeHeadline'), pos };
  if (block === 'subheadline') return { block, label: msg('placeLead'), pos };
  if (block === 'byline') return { block, label: msg('placeByline'), pos };
  if (typeof block !== 'number') return { block: 'meta', label: msg('placeMeta') };
  const type = doc.child(block + BODY_START).type.name;
  let n = 0;
  for (let i = BODY_START; i <= block + BODY_START; i++) if (doc.child(i).type.name === type) n++;
  return { block, label: msg('placeBlock', { kind: BLOCK_KIND_NAMES.has(type) ? msg(`blockKinds.${type}`) : type, n }), pos };
}

/** Block kinds the export table names in words. */
const BLOCK_KIND_NAMES = new Set(['paragraph', 'heading', 'blockquote', 'pull_quote', 'bullet_list', 'ordered_list', 'figure', 'horizontal_rule']);

/** The document position where top-level child `index` starts. */
function positionOf(doc: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}
