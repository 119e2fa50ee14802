// The repository's house style inside the editor state, so every typography plugin reads the
// same object. It starts as the default and is replaced when the repository's arrives
// (`setHouseStyle`), which redraws the findings once.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../../shared/hebrew/houseStyle';

export const houseStyleKey = new PluginKey<HouseStyle>('ktav-house-style');

export function houseStylePlugin(initial: HouseStyle = DEFAULT_HOUSE_STYLE): Plugin<HouseStyle> {
  return new Plugin<HouseStyle>({
    key: houseStyleKey,
    state: {
      init: () => initial,
      apply: (tr, style) => (tr.getMeta(houseStyleKey) as HouseStyle | undefined) ?? style,
    },
  });
}

export function houseStyleOf(state: EditorState): HouseStyle {
  return houseStyleKey.getState(state) ?? DEFAULT_HOUSE_STYLE;
}

export function setHouseStyle(tr: Transaction, style: HouseStyle): Transaction {
  return tr.setMeta(houseStyleKey, style).setMeta('addToHistory', false);
}
