// A site's address as a person types it ("news.example.co.il/", "https://x.org/wp") made into
// the base every request starts from, and the REST route's address under it. Routes go through
// `?rest_route=`, which every WordPress answers, with or without pretty permalinks (a site
// without them has no /wp-json/).
import { KtavError } from '../../../shared/api/errors.js';

export function siteAddress(typed: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed.trim()) ? typed.trim() : `https://${typed.trim()}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new KtavError('invalid-arguments', 'publish:badAddress');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) throw new KtavError('invalid-arguments', 'publish:badAddress');
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** The address of a REST route (`/wp/v2/posts`) with its query. */
export function restUrl(base: string, route: string, query: Record<string, string | number | boolean | undefined> = {}): string {
  const url = new URL(`${base}/`);
  url.searchParams.set('rest_route', route);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.href;
}
