// URL slugs from headlines. Hebrew letters are kept (they are valid in a URL path and the
// site prints them); everything else that is not a letter or digit becomes a single dash.

export function slugify(headline: string): string {
  return headline
    .normalize('NFC')
    .replace(/[\u0591-\u05C7]/g, '') // niqqud and cantillation marks
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
