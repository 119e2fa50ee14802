// Known credits: the photographers, credit lines and agencies already entered, counted, so the
// panel can offer them as the person types and a photo editor can merge two spellings of one.
import type { CreditFields } from '../model/media.js';

export interface KnownName {
  name: string;
  /** How many pictures use it. */
  count: number;
}

export interface CreditRegistry {
  creditLines: KnownName[];
  creators: KnownName[];
  sources: KnownName[];
}

export function buildRegistry(credits: Iterable<CreditFields>): CreditRegistry {
  const lines = new Map<string, number>();
  const creators = new Map<string, number>();
  const sources = new Map<string, number>();
  const bump = (map: Map<string, number>, name: string) => {
    const n = name.trim();
    if (n) map.set(n, (map.get(n) ?? 0) + 1);
  };
  for (const c of credits) {
    bump(lines, c.creditLine);
    for (const who of c.creators) bump(creators, who);
    bump(sources, c.source);
  }
  return { creditLines: ranked(lines), creators: ranked(creators), sources: ranked(sources) };
}

/** Most used first, then alphabetically in Hebrew order. */
function ranked(map: Map<string, number>): KnownName[] {
  return [...map].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'he'));
}

/** Names the person may mean by what they have typed so far: prefix matches first, then contains. */
export function suggest(names: KnownName[], typed: string, limit = 8): string[] {
  const q = typed.trim().toLocaleLowerCase();
  if (!q) return names.slice(0, limit).map((n) => n.name);
  const starts = names.filter((n) => n.name.toLocaleLowerCase().startsWith(q));
  const contains = names.filter((n) => !starts.includes(n) && n.name.toLocaleLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit).map((n) => n.name);
}

/**
 * The credit with every spelling in `from` replaced by `into`, in the credit line, the
 * photographers and the source; `null` if nothing in it changes.
 */
export function mergeSpellings(credit: CreditFields, from: readonly string[], into: string): CreditFields | null {
  const olds = new Set(from.map((f) => f.trim()));
  const swap = (v: string) => (olds.has(v.trim()) ? into : v);
  const creators = [...new Set(credit.creators.map(swap))];
  const next = { ...credit, creditLine: swap(credit.creditLine), source: swap(credit.source), creators };
  const changed =
    next.creditLine !== credit.creditLine || next.source !== credit.source || creators.join('\u0000') !== credit.creators.join('\u0000');
  return changed ? next : null;
}
