// Every typography rule, in the order findings are reported.
import type { RuleId } from '../houseStyle.js';
import type { TypographyRule } from './rule.js';
import { gershayim } from './gershayim.js';
import { geresh } from './geresh.js';
import { spaceBeforePunctuation } from './spaceBeforePunctuation.js';
import { brokenCompound } from './brokenCompound.js';
import { maqaf } from './maqaf.js';
import { dash } from './dash.js';
import { quotes } from './quotes.js';
import { doubleSpace } from './doubleSpace.js';
import { latinLookalike } from './latinLookalike.js';

export type { TypographyRule };

export const RULES: readonly TypographyRule[] = [
  gershayim,
  geresh,
  spaceBeforePunctuation,
  brokenCompound,
  maqaf,
  dash,
  quotes,
  doubleSpace,
  latinLookalike,
];

export const RULES_BY_ID = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<RuleId, TypographyRule>;
