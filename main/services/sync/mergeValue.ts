// Three-way merges of single values and of sets, the building blocks of the field-by-field rules
// for article metadata and picture records.
import { diffArrays } from 'diff';
import { canonicalJSON, compareJSON, sameJSON } from './canonical.js';

export interface MergedValue<T> {
  value: T;
  /** Both sides changed it, differently: `value` is ours. */
  conflict: boolean;
}

/**
 * A value changed on one side takes that side's value; changed identically on both, that value;
 * changed differently, ours and a conflict. With no base (both sides created it), any
 * difference is a conflict.
 */
export function mergeValue<T>(base: T | undefined, ours: T, theirs: T): MergedValue<T> {
  if (sameJSON(ours, theirs)) return { value: ours, conflict: false };
  if (base !== undefined && sameJSON(base, ours)) return { value: theirs, conflict: false };
  if (base !== undefined && sameJSON(base, theirs)) return { value: ours, conflict: false };
  return { value: ours, conflict: true };
}

/**
 * A list whose items are a set (tags, related articles, authors, a picture's creators): what
 * either side added is in, what either side removed is out; there is no conflict. The order
 * follows both sides' orders (additions where they were added) and does not depend on which
 * side is ours.
 */
export function mergeSet<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[]): T[] {
  const key = (item: T) => canonicalJSON(item);
  const inBase = new Set(base.map(key));
  const inOurs = new Set(ours.map(key));
  const inTheirs = new Set(theirs.map(key));
  const kept = (k: string) => (inOurs.has(k) && inTheirs.has(k)) || !inBase.has(k);
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of interleave(ours, theirs)) {
    const k = key(item);
    if (seen.has(k) || !kept(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Both lists merged into one that keeps each one's order, the same whichever comes first. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const [first, second] = compareJSON(a, b) <= 0 ? [a, b] : [b, a];
  const keys = (list: readonly T[]) => list.map((item) => canonicalJSON(item));
  const byKey = new Map([...first, ...second].map((item) => [canonicalJSON(item), item]));
  return diffArrays(keys(first), keys(second)).flatMap((change) => change.value.map((k) => byKey.get(k)!));
}

/** The later of two times (ISO 8601); a time that cannot be read loses. */
export function laterTime(a: string, b: string): string {
  return lowest(a, b, (t) => -instant(t, -Infinity));
}

/** The earlier of two times (ISO 8601); a time that cannot be read loses. */
export function earlierTime(a: string, b: string): string {
  return lowest(a, b, (t) => instant(t, Infinity));
}

function instant(time: string, unreadable: number): number {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? unreadable : ms;
}

/** The one of lower rank; a tie goes to the smaller text, so every machine settles it alike. */
function lowest(a: string, b: string, rank: (time: string) => number): string {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? a : b;
  return a <= b ? a : b;
}
