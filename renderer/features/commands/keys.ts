// Shortcuts: matching a key event against ProseMirror-style notation (`Mod-Shift-p`), and showing
// one to a person. Letters are matched by physical key (`KeyK`), so Ctrl+K works the same with
// the Hebrew keyboard layout, where the key types `ל`.

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

/** The key of an event in the notation of `Action.keys`. */
export function eventKeys(e: KeyboardEvent): string {
  let key: string;
  if (/^Key[A-Z]$/.test(e.code)) key = e.code.slice(3).toLowerCase();
  else if (/^Digit\d$/.test(e.code)) key = e.code.slice(5);
  else if (e.code === 'Slash') key = '/';
  else if (e.code === 'Period') key = '.';
  else if (e.code === 'Comma') key = ',';
  else key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  return `${mod ? 'Mod-' : ''}${e.altKey ? 'Alt-' : ''}${e.shiftKey ? 'Shift-' : ''}${key}`;
}

/** `Mod-Shift-p` → `Ctrl+Shift+P` (⌘ on a Mac); other texts are shown as they are. */
export function showKeys(keys: string): string {
  if (!/^(Mod-|Alt-|Shift-)*[^-]+$/.test(keys) || keys.includes('+')) return keys;
  return keys
    .split('-')
    .map((part) => (part === 'Mod' ? (IS_MAC ? '⌘' : 'Ctrl') : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
