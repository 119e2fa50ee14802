// Typography findings of the house style, underlined in the text (errors and warnings look
// different), with commands to fix one or every finding of a kind. Findings are kept per
// textblock and redone only for the blocks a change touches.
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { lintText, textblockText } from '../../../../shared/hebrew/lint';
import type { Finding } from '../../../../shared/hebrew/finding';
import type { HouseStyle, RuleId } from '../../../../shared/hebrew/houseStyle';
import { decorateAll, updateDecorations } from '../blockDecorations';
import { indexed } from '../indexedDecorations';
import { pauseKey } from '../typingPause';
import { houseStyleKey, houseStyleOf } from './houseStylePlugin';

const findingsKey = new PluginKey<DecorationSet>('ktav-findings');

// The spec holds only strings and no offsets: ProseMirror compares decorations field by field
// with ===, and a spec that is equal from one keystroke to the next lets it keep the drawn span
// (a fresh object or a shifted offset in it made every finding of the paragraph being typed in
// redrawn, and the caret set again, at each key).
interface FindingSpec {
  block: true;
  rule: RuleId;
  severity: Finding['severity'];
  message: string;
  replacement: string | null;
}

function decorator(style: HouseStyle) {
  return (node: PMNode, pos: number): Decoration[] =>
    lintText(textblockText(node), style).map((f) =>
      Decoration.inline(
        pos + 1 + f.from,
        pos + 1 + f.to,
        { class: `ktav-finding ktav-finding-${f.severity}`, 'data-rule': f.rule, title: f.message },
        {
          block: true,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          replacement: f.replacement,
          inclusiveStart: false,
          inclusiveEnd: false,
        } satisfies FindingSpec & Record<string, unknown>,
      ),
    );
}

export function findingsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: findingsKey,
    state: {
      init: (_config, state) => decorateAll(state.doc, decorator(houseStyleOf(state))),
      apply(tr, set, _old, state) {
        if (tr.getMeta(houseStyleKey)) return decorateAll(state.doc, decorator(houseStyleOf(state)));
        return updateDecorations(set, tr, decorator(houseStyleOf(state)), pauseKey.getState(state));
      },
    },
    props: {
      decorations: (state) => indexed(findingsKey.getState(state)),
    },
  });
}

/** A finding where it is in the document (its block-relative offsets are not kept). */
interface PlacedFinding extends Omit<Finding, 'from' | 'to'> {
  pos: { from: number; to: number };
}

function placed(d: Decoration): PlacedFinding {
  const { rule, severity, message, replacement } = d.spec as FindingSpec;
  return { rule, severity, message, replacement, pos: { from: d.from, to: d.to } };
}

/** The finding under the caret (or touching it), if any. */
export function findingAt(state: EditorState): PlacedFinding | null {
  const set = findingsKey.getState(state);
  if (!set) return null;
  const { from } = state.selection;
  const found = set.find(from, from);
  return found.length ? placed(found[0]!) : null;
}

/** Every finding of the document, in order. */
export function allFindings(state: EditorState): PlacedFinding[] {
  return (findingsKey.getState(state)?.find() ?? []).map(placed).sort((a, b) => a.pos.from - b.pos.from);
}

/** Fixes one finding. */
export function fixFinding(finding: PlacedFinding): Command {
  return (state, dispatch) => {
    if (finding.replacement === null) return false;
    if (dispatch) dispatch(state.tr.insertText(finding.replacement, finding.pos.from, finding.pos.to).scrollIntoView());
    return true;
  };
}

/** Fixes every finding of one rule, in one step of history (תיקון הכול מסוג זה). */
export function fixAllOfRule(rule: RuleId): Command {
  return (state, dispatch) => {
    const todo = allFindings(state).filter((f) => f.rule === rule && f.replacement !== null);
    if (todo.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      let limit = Infinity;
      for (const f of todo.reverse()) {
        if (f.pos.to > limit) continue; // overlaps a fix already made
        tr.insertText(f.replacement!, f.pos.from, f.pos.to);
        limit = f.pos.from;
      }
      dispatch(tr);
    }
    return true;
  };
}
