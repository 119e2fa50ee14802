// The colour theme: the person's choice, or the system's when they chose none. The window
// always carries the theme it shows as `data-theme`, so styles/app.css holds each palette once.
import type { Theme } from '../../shared/model/settings';

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
let chosen: Theme = 'system';

function show(): void {
  const dark = chosen === 'dark' || (chosen === 'system' && systemDark.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

// Following the system means following it when it changes, too.
systemDark.addEventListener('change', show);

export function applyTheme(theme: Theme): void {
  chosen = theme;
  show();
}
