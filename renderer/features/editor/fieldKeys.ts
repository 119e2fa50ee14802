// Keys of the fixed fields: Enter in the headline, lead or byline moves to the next field
// instead of splitting it, as in a form; Enter in the byline goes to the body.
import { TextSelection, type Command } from 'prosemirror-state';
import { BODY_START } from '../../../shared/editor/document';

export const enterInField: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.depth !== 1 || $from.index(0) >= BODY_START) return false;
  const after = $from.after(1);
  if (dispatch) dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(after + 1))).scrollIntoView());
  return true;
};
