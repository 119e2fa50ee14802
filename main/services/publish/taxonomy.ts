// The post's category (the article's section) and tags, by id, looked up by name and created
// when the site has none and the user may create them. WordPress answers names HTML-escaped
// (`&amp;`), so names are compared as text; a term made meanwhile by someone else comes back as
// `term_exists` with its id, which is taken.
import { Phrase } from '../../../shared/api/errors.js';
import { siteFailureOf, type WpClient } from './wpClient.js';

type Taxonomy = 'categories' | 'tags';

interface TermAnswer {
  id: number;
  name: string;
}

export function termText(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#039;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

export async function findTerm(client: WpClient, taxonomy: Taxonomy, name: string): Promise<number | null> {
  const found = await client.get<TermAnswer[]>(`/wp/v2/${taxonomy}`, { search: name, per_page: 100, _fields: 'id,name', hide_empty: false });
  const wanted = name.trim().toLocaleLowerCase();
  return found.find((t) => termText(t.name).toLocaleLowerCase() === wanted)?.id ?? null;
}

/** The term's id, made when missing if `create`; null (and a note) when it cannot be had. */
export async function termId(client: WpClient, taxonomy: Taxonomy, name: string, create: boolean, notes: Phrase[]): Promise<number | null> {
  const existing = await findTerm(client, taxonomy, name);
  if (existing !== null || !create) return existing;
  try {
    return (await client.post<TermAnswer>(`/wp/v2/${taxonomy}`, { name }, { _fields: 'id,name' })).id;
  } catch (error) {
    const failure = siteFailureOf(error);
    if (failure?.wpCode === 'term_exists') {
      const again = await findTerm(client, taxonomy, name);
      if (again !== null) return again;
    }
    if (failure?.kind === 'forbidden') {
      notes.push(new Phrase(taxonomy === 'categories' ? 'publish:categoryNotCreated' : 'publish:tagNotCreated', { name }));
      return null;
    }
    throw error;
  }
}
