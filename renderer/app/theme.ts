// The colour theme: the person's choice, or the system's when they chose none. CSS does the rest
// (`:root[data-theme]` and `prefers-color-scheme` in styles/app.css).
import type { Theme } from '../../shared/model/settings';

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
