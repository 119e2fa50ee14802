// The direction an element of incoming HTML gives its text: its `dir` attribute in any case
// (Word writes `dir=RTL`), else a CSS `direction` in its style (LibreOffice, Google Docs).
// Used by the schema's parse rules and by the clean-up that hands a block its container's
// direction, so both read direction the same way.
import type { BlockDirection } from '../text/direction.js';

export function elementDirection(el: { getAttribute(name: string): string | null }): 'rtl' | 'ltr' | null {
  const d = el.getAttribute('dir')?.trim().toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  const css = /(?:^|;)\s*direction\s*:\s*(rtl|ltr)/i.exec(el.getAttribute('style') ?? '');
  return css ? (css[1]!.toLowerCase() as 'rtl' | 'ltr') : null;
}

/** The same as a block's `dir` attribute value: `auto` when the markup says nothing. */
export function parsedDirection(el: { getAttribute(name: string): string | null }): BlockDirection {
  return elementDirection(el) ?? 'auto';
}
