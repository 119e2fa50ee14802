// Plain text pasted into the body: a blank line separates paragraphs; a single line break inside
// a paragraph is kept as a line break. Each paragraph detects its own direction.
import { Fragment, Slice, type Node as PMNode, type ResolvedPos } from 'prosemirror-model';
import { BODY_START } from '../../../../shared/editor/document';
import { articleSchema } from '../../../../shared/editor/schema';

export function parsePlainText(text: string, $context: ResolvedPos): Slice {
  const schema = articleSchema;
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((c) => c.replace(/^\n+|\n+$/g, ''));
  const inline = (chunk: string): PMNode[] => {
    const out: PMNode[] = [];
    chunk.split('\n').forEach((line, i) => {
      if (i > 0) out.push(schema.nodes.hard_break!.create());
      if (line) out.push(schema.text(line));
    });
    return out;
  };
  // Inside a field (headline, lead, byline) or a block that takes text only, everything is one line.
  if (!$context.parent.type.contentMatch.matchType(schema.nodes.hard_break!) || $context.depth === 1 && $context.index(0) < BODY_START) {
    const flat = chunks.join(' ').replace(/\s*\n\s*/g, ' ');
    return new Slice(Fragment.from(flat ? schema.text(flat) : []), 0, 0);
  }
  const paragraphs = chunks.filter((c) => c.length > 0).map((c) => schema.nodes.paragraph!.create({ dir: 'auto' }, inline(c)));
  if (paragraphs.length === 0) return Slice.empty;
  return new Slice(Fragment.from(paragraphs), 1, 1);
}
