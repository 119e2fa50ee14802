// The article document schema, shared by the editor (renderer), the repository and export (main).
// Plain spec objects, one per node, in the style of prosemirror-schema-basic. No DOM is touched
// here: `toDOM` returns arrays, which the view and the serializer both understand.
import { Schema, type Node as PMNode, type NodeSpec, type MarkSpec, type DOMOutputSpec } from 'prosemirror-model';
import { effectiveDirection, type BlockDirection } from '../text/direction.js';
import { parsedDirection } from '../htmlInput/elementDirection.js';
import { safeHref } from './linkRule.js';

export { isSafeHref } from './linkRule.js';

/** The article's base direction. Hebrew articles are right-to-left. */
export const BASE_DIRECTION = 'rtl' as const;

const dirAttr = { dir: { default: 'auto' as BlockDirection, validate: (v: unknown) => v === 'rtl' || v === 'ltr' || v === 'auto' } };

/** The `dir` attribute a block shows in the editor: always explicit, so Chromium never guesses. */
function domDir(node: PMNode): string {
  return effectiveDirection(node.attrs.dir as BlockDirection, node.textContent, BASE_DIRECTION);
}

/** The direction pasted or imported markup gives a block (see elementDirection.ts). */
const parseDir = parsedDirection;

function textBlock(tag: string, cls: string): NodeSpec {
  return {
    content: 'text*',
    marks: '',
    attrs: dirAttr,
    defining: true,
    parseDOM: [{ tag: `${tag}.${cls}`, getAttrs: (dom) => ({ dir: parseDir(dom) }) }],
    toDOM: (node): DOMOutputSpec => [tag, { class: cls, dir: domDir(node) }, 0],
  };
}

export const nodes: Record<string, NodeSpec> = {
  /** An article: its three fixed fields, then the body. */
  doc: { content: 'headline subheadline byline block+' },

  /** The headline (כותרת): plain text, one per article. */
  headline: textBlock('h1', 'ktav-headline'),

  /** The subheadline or lead (כותרת משנה). */
  subheadline: textBlock('p', 'ktav-lead'),

  /** The byline (שם הכתב/ת), printed as "מאת: …". */
  byline: textBlock('p', 'ktav-byline'),

  /** A body paragraph. `dir` is the person's choice, or `auto` to follow the text. */
  paragraph: {
    content: 'inline*',
    group: 'block',
    attrs: dirAttr,
    parseDOM: [{ tag: 'p', getAttrs: (dom) => ({ dir: parseDir(dom) }) }],
    toDOM: (node) => ['p', { dir: domDir(node) }, 0],
  },

  /** Section headings inside the body: two levels (h2, h3); the headline is the only h1. */
  heading: {
    content: 'inline*',
    group: 'block',
    attrs: { level: { default: 2, validate: (v: unknown) => v === 2 || v === 3 }, ...dirAttr },
    defining: true,
    parseDOM: [
      { tag: 'h1', getAttrs: (dom) => ({ level: 2, dir: parseDir(dom) }) },
      { tag: 'h2', getAttrs: (dom) => ({ level: 2, dir: parseDir(dom) }) },
      { tag: 'h3', getAttrs: (dom) => ({ level: 3, dir: parseDir(dom) }) },
      { tag: 'h4', getAttrs: (dom) => ({ level: 3, dir: parseDir(dom) }) },
    ],
    toDOM: (node) => [`h${node.attrs.level as number}`, { dir: domDir(node) }, 0],
  },

  /** A quotation of one or more paragraphs. */
  blockquote: {
    content: 'paragraph+',
    group: 'block',
    attrs: dirAttr,
    defining: true,
    parseDOM: [{ tag: 'blockquote', getAttrs: (dom) => ({ dir: parseDir(dom) }) }],
    toDOM: (node) => ['blockquote', { dir: domDir(node) }, 0],
  },

  /** A pull quote (ציטוט מודגש): a short quotation set large, with its speaker. */
  pull_quote: {
    content: 'inline*',
    group: 'block',
    attrs: { attribution: { default: '' }, ...dirAttr },
    defining: true,
    parseDOM: [
      {
        tag: 'aside.ktav-pull-quote',
        getAttrs: (dom) => ({ attribution: dom.getAttribute('data-attribution') ?? '', dir: parseDir(dom) }),
      },
    ],
    toDOM: (node) => [
      'aside',
      { class: 'ktav-pull-quote', 'data-attribution': node.attrs.attribution as string, dir: domDir(node) },
      0,
    ],
  },

  bullet_list: {
    content: 'list_item+',
    group: 'block',
    attrs: dirAttr,
    parseDOM: [{ tag: 'ul', getAttrs: (dom) => ({ dir: parseDir(dom) }) }],
    toDOM: (node) => ['ul', { dir: domDir(node) }, 0],
  },

  ordered_list: {
    content: 'list_item+',
    group: 'block',
    attrs: { order: { default: 1 }, ...dirAttr },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => ({ order: Number(dom.getAttribute('start') ?? 1) || 1, dir: parseDir(dom) }),
      },
    ],
    toDOM: (node) => ['ol', { start: node.attrs.order as number, dir: domDir(node) }, 0],
  },

  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },

  /** A picture from the media library. The credit is read from the image record, never stored here. */
  figure: {
    content: 'figcaption',
    group: 'block',
    attrs: { imageId: { default: '' } },
    draggable: true,
    isolating: true,
    parseDOM: [{ tag: 'figure[data-image-id]', getAttrs: (dom) => ({ imageId: dom.getAttribute('data-image-id') ?? '' }) }],
    toDOM: (node) => ['figure', { 'data-image-id': node.attrs.imageId as string }, 0],
  },

  /** The article's caption for a figure; empty means "use the picture's own caption". */
  figcaption: {
    content: 'inline*',
    attrs: dirAttr,
    parseDOM: [{ tag: 'figcaption', getAttrs: (dom) => ({ dir: parseDir(dom) }) }],
    toDOM: (node) => ['figcaption', { dir: domDir(node) }, 0],
  },

  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: () => ['hr'],
  },

  text: { group: 'inline' },

  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

export const marks: Record<string, MarkSpec> = {
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (node) => (node as { style: { fontWeight: string } }).style.fontWeight !== 'normal' && null },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null },
    ],
    toDOM: () => ['strong', 0],
  },

  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }, { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' }],
    toDOM: () => ['em', 0],
  },

  /** A link. Only what the link rule allows survives parsing (see linkRule.ts); other links become their text. */
  link: {
    attrs: { href: { validate: 'string' }, title: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref(dom.getAttribute('href'));
          return href ? { href, title: dom.getAttribute('title') } : false;
        },
      },
    ],
    toDOM: (mark) => ['a', { href: mark.attrs.href as string, title: mark.attrs.title as string | null, rel: 'noopener noreferrer' }, 0],
  },

  /** An opposite-direction phrase (an English name, a URL, `C++`), isolated so neutrals stay put. */
  bidi: {
    attrs: { dir: { default: 'ltr' }, lang: { default: null } },
    inclusive: false,
    excludes: 'bidi',
    parseDOM: [
      {
        tag: 'bdi',
        getAttrs: (dom) => ({ dir: dom.getAttribute('dir') ?? 'auto', lang: dom.getAttribute('lang') }),
      },
      {
        tag: 'span[dir]',
        getAttrs: (dom) => {
          const dir = dom.getAttribute('dir');
          return dir === 'ltr' || dir === 'rtl' ? { dir, lang: dom.getAttribute('lang') } : false;
        },
      },
    ],
    toDOM: (mark) => ['bdi', { dir: mark.attrs.dir as string, lang: mark.attrs.lang as string | null }, 0],
  },

  /** A note for the desk (הערה פנימית): text shown while editing and never exported or counted. */
  note: {
    inclusive: true,
    excludes: '_',
    parseDOM: [{ tag: 'mark.ktav-note' }],
    toDOM: () => ['mark', { class: 'ktav-note' }, 0],
  },
};

export const articleSchema = new Schema({ nodes, marks });
