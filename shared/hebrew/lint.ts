// Linting with the house style: findings of a text, of a whole article document, and applying
// fixes. Used by the editor's findings (per block), the export gate and `ktav lint`.
import type { Node as PMNode } from 'prosemirror-model';
import { BODY_START } from '../editor/document.js';
import type { HouseStyle, RuleId } from './houseStyle.js';
import type { Finding, TextFinding } from './finding.js';
import { RULES } from './rules/registry.js';
import { ruleText } from './ruleMessages.js';

/** Findings of one text, sorted by position; rules the house style turns off do not run. */
export function lintText(text: string, style: HouseStyle, only?: RuleId): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const severity = style.rules[rule.id];
    if (severity === 'off' || (only && rule.id !== only)) continue;
    for (const f of rule.check(text, style)) out.push({ ...f, severity, message: ruleText(rule.id).message });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Replaces each finding's range by its fix, skipping findings without one or overlapping an earlier fix. */
export function applyFixes(text: string, findings: readonly TextFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.from - b.from)) {
    if (f.replacement === null || f.from < at) continue;
    out += text.slice(at, f.from) + f.replacement;
    at = f.to;
  }
  return out + text.slice(at);
}

/** Fixes everything fixable in a text, repeating until nothing changes (a fix may reveal another). */
export function fixText(text: string, style: HouseStyle): string {
  let current = text;
  for (let i = 0; i < 5; i++) {
    const next = applyFixes(current, lintText(current, style));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The text of a textblock as the rules read it: one character per position, notes blanked out. */
export function textblockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) {
      const t = child.text ?? '';
      text += child.marks.some((m) => m.type.name === 'note') ? '\uFFFC'.repeat(t.length) : t;
    } else text += '\uFFFC'.repeat(child.nodeSize);
  });
  return text;
}

export interface DocFinding extends Finding {
  /** Document positions of the finding (ProseMirror), `to` exclusive. */
  pos: { from: number; to: number };
  /** Which field or body block it is in: 'headline', 'subheadline', 'byline', or the body block's index. */
  block: string | number;
  /** The text around the finding, for a report. */
  excerpt: string;
}

/**
 * Findings of a whole article under the house style. Notes for the desk are skipped: they are
 * never published, so their typography does not matter.
 */
export function lintDocument(doc: PMNode, style: HouseStyle): DocFinding[] {
  const out: DocFinding[] = [];
  doc.forEach((top, topOffset, index) => {
    const block = index < BODY_START ? top.type.name : index - BODY_START;
    const visit = (node: PMNode, pos: number) => {
      if (!node.isTextblock) return true;
      const text = textblockText(node);
      for (const f of lintText(text, style)) {
        const start = pos + 1;
        out.push({
          ...f,
          pos: { from: start + f.from, to: start + f.to },
          block,
          excerpt: text.slice(Math.max(0, f.from - 20), f.to + 20).replace(/\uFFFC/g, ''),
        });
      }
      return false;
    };
    if (visit(top, topOffset)) top.descendants((node, pos) => visit(node, topOffset + 1 + pos));
  });
  return out;
}
