// A block's words as plain text, read from its stored JSON: for telling edited blocks apart
// and for the excerpt that shows a person which block a conflict is about.

const EXCERPT_CHARS = 60;

/** The start of a block's text, for a person to recognise it by. */
export function excerpt(block: unknown): string {
  // By code points, so a cut never splits an emoji.
  const chars = [...textOf(block).replace(/\s+/g, ' ').trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : chars.join('');
}

/** The text inside a node's JSON, blocks separated by a space. */
export function textOf(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  if (typeof text === 'string') return text;
  if (!Array.isArray(content)) return '';
  // Inline text runs follow each other; blocks (a list's items, a quote's paragraphs) are words apart.
  const inline = content.some((c) => typeof (c as { text?: unknown } | null)?.text === 'string');
  return content.map(textOf).join(inline ? '' : ' ');
}
