// Code replacements in the style of Photo Mechanic: a photo editor types `=lam=` in any credit
// field and gets the saved text (`לשכת העיתונות הממשלתית`). Codes are letters, digits, `_`
// and `-` between two `=`; an unknown code is left as typed so nothing is silently lost.
import { z } from 'zod';

export const codeNameSchema = z.string().regex(/^[\p{L}\p{N}_-]{1,32}$/u, 'not a code');
export const codeTableSchema = z.record(codeNameSchema, z.string().max(500)).refine((t) => Object.keys(t).length <= 1000);
export type CodeTable = z.infer<typeof codeTableSchema>;

const CODE = /=([\p{L}\p{N}_-]{1,32})=/gu;

/** The text with every known `=code=` replaced by its saved text. */
export function expandCodes(text: string, codes: CodeTable): string {
  return text.replace(CODE, (whole, name: string) => (Object.hasOwn(codes, name) ? codes[name]! : whole));
}
