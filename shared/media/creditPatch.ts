// Applying a set of credit fields to a record: what the credit panel, batch apply, metadata
// templates and `ktav media credit` all do. Each field either replaces what is there or is
// appended to it (Photo Mechanic's and Bridge's two template modes).
import { CREDIT_FIELD_NAMES, type CreditFields, type CreditFieldName, type CreditPatch } from '../model/media.js';

export type PatchMode = 'replace' | 'append';
export type PatchModes = Partial<Record<CreditFieldName, PatchMode>>;

/** Separator used when appending to a text field that already has text. */
const APPEND_SEPARATOR = '; ';

/** The credit with the patch applied; fields the patch leaves out are untouched. */
export function applyCreditPatch(credit: CreditFields, patch: CreditPatch, modes: PatchModes = {}): CreditFields {
  const next: CreditFields = { ...credit, creators: [...credit.creators], licensor: { ...credit.licensor } };
  for (const name of CREDIT_FIELD_NAMES) {
    const value = patch[name];
    if (value === undefined) continue;
    const append = modes[name] === 'append';
    if (name === 'creators') {
      const incoming = (value as string[]).map((c) => c.trim()).filter(Boolean);
      next.creators = append ? unique([...next.creators, ...incoming]) : unique(incoming);
    } else if (name === 'licensor') {
      next.licensor = { ...(value as CreditFields['licensor']) };
    } else if (append && typeof value === 'string' && isAppendable(name)) {
      const current = next[name] as string;
      (next as Record<string, unknown>)[name] = current && value ? `${current}${APPEND_SEPARATOR}${value}` : current || value;
    } else {
      (next as Record<string, unknown>)[name] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return next;
}

// Dates, categories and URLs are single values: "append" to them means replace.
function isAppendable(name: CreditFieldName): boolean {
  return !['validUntil', 'rightsCategory', 'webStatementUrl', 'digitalSourceType'].includes(name);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
