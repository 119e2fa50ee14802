// The shape of a typography rule: a pure function from a text (and the house style) to findings.
import type { HouseStyle, RuleId } from '../houseStyle.js';
import type { TextFinding } from '../finding.js';

export interface TypographyRule {
  id: RuleId;
  check(text: string, style: HouseStyle): TextFinding[];
}

/** Findings for every match of a global regex, built by `make` (which may decline a match with null). */
export function findAll(text: string, re: RegExp, make: (m: RegExpExecArray) => TextFinding | null): TextFinding[] {
  const out: TextFinding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const f = make(m);
    if (f) out.push(f);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
