// Whether an action's name matches what the person typed in the palette: every word typed must
// appear in its Hebrew or its English name, ignoring niqqud, final letters and case.
import { foldForSearch } from '../../../shared/hebrew/search';

export function matchesQuery(names: readonly string[], query: string): boolean {
  const words = foldForSearch(query).text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystacks = names.map((n) => foldForSearch(n).text);
  return words.every((w) => haystacks.some((h) => h.includes(w)));
}
