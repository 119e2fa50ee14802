// Small article documents built in code, for tests.
import type { DocJSON } from '../../shared/editor/document.js';

export function para(text: string, dir: 'rtl' | 'ltr' | 'auto' = 'auto'): DocJSON {
  return { type: 'paragraph', attrs: { dir }, content: text ? [{ type: 'text', text }] : [] };
}

export function articleDoc(headline: string, body: DocJSON[], lead = '', byline = ''): DocJSON {
  const field = (type: string, text: string): DocJSON => ({ type, attrs: { dir: 'auto' }, content: text ? [{ type: 'text', text }] : [] });
  return { type: 'doc', content: [field('headline', headline), field('subheadline', lead), field('byline', byline), ...body] };
}
