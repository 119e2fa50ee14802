// A typography finding: a range of a text, the rule that found it, and the fix.
import type { RuleId, Severity } from './houseStyle.js';

export interface TextFinding {
  rule: RuleId;
  /** Offsets in the text the rule read, `to` exclusive. */
  from: number;
  to: number;
  /** What replaces `from..to` to fix it; null when only a person can decide. */
  replacement: string | null;
}

export interface Finding extends TextFinding {
  severity: Exclude<Severity, 'off'>;
  /** The finding in Hebrew, for people. */
  message: string;
}
