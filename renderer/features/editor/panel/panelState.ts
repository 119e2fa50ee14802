// Whether the article panel is open and which tab it shows, kept for the whole session so the
// next article opens the way the person left the last one.
export type PanelTab = 'pictures' | 'details' | 'versions';
export const PANEL_TABS: readonly PanelTab[] = ['pictures', 'details', 'versions'];

export interface PanelState {
  open: boolean;
  tab: PanelTab;
}

let remembered: PanelState = { open: true, tab: 'pictures' };

export function rememberedPanel(): PanelState {
  return remembered;
}

export function rememberPanel(state: PanelState): void {
  remembered = state;
}
