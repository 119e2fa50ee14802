// JSON whose text depends only on its value: object keys sorted at every level, one-space
// indent, a final newline. Two exports of the same article write the same bytes.
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
