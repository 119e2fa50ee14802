// Sameness of stored JSON for the merge rules. Two files can hold the same block or field with
// their keys in another order (another writer, an older Ktav); the merge must see them as one,
// or a sync would report a conflict where nobody changed anything.

/** `value` as JSON with every object's keys sorted: equal values give equal strings. */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

export function sameJSON(a: unknown, b: unknown): boolean {
  return a === b || canonicalJSON(a) === canonicalJSON(b);
}

/** A total order on JSON values that does not depend on which side is ours: the stable order of kept alternatives. */
export function compareJSON(a: unknown, b: unknown): number {
  const x = canonicalJSON(a);
  const y = canonicalJSON(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
