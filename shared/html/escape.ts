// Escaping for text and attribute values. Everything a person typed passes through here on its
// way into exported HTML, so pasted markup and script-like strings come out as inert text.

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;' };

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c] ?? c);
}

/** For a value inside double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ATTR[c] ?? c);
}

/**
 * A link's address as an attribute value: characters a URL may not contain (quotes, angle
 * brackets, spaces, controls) percent-encoded, so a pasted address stays one valid, inert URL.
 */
export function escapeHref(href: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return escapeAttr(href.replace(/[\u0000-\u0020"<>\\^`{|}\u007F]/g, (c) => encodeURIComponent(c)));
}
