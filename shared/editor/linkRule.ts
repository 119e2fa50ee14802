// Which links an article may hold. One rule for everything that makes or checks a link: the
// schema's parse rule (paste, import), the clean-up of pasted and imported HTML, the link
// editor and the export gate, so a link that comes in can always go out.
//
// Allowed: absolute `https:` and `http:` addresses and `mailto:`. Everything else has no place on
// a published page and loses its link (its text stays): `javascript:`, `data:`, `tel:`, relative
// addresses (they point into the site the text came from) and in-page anchors such as `#s1`
// (the anchor they point to is not part of the article).

const SAFE = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** The link as an article keeps it (trimmed), or null when it may not be a link. */
export function safeHref(href: string | null | undefined): string | null {
  const trimmed = (href ?? '').trim();
  return SAFE.test(trimmed) ? trimmed : null;
}

/** Links a person can follow safely from a published page. */
export function isSafeHref(href: string): boolean {
  return safeHref(href) !== null;
}
