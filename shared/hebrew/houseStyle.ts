// The house style (כללי סגנון): which typography rules run, as error or warning, and the
// site's choices of quotation mark and hyphen. It is a setting of the repository (ktav.json);
// the editor, the export gate and `ktav lint` all read the same object.
import { z } from 'zod';

export const RULE_IDS = [
  'gershayim',
  'geresh',
  'space-before-punctuation',
  'broken-compound',
  'maqaf',
  'dash',
  'quotes',
  'double-space',
  'latin-lookalike',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const houseStyleSchema = z
  .object({
    /** How each rule is reported; a rule set to `off` never runs. */
    rules: z.object(Object.fromEntries(RULE_IDS.map((id) => [id, z.enum(SEVERITIES)])) as Record<RuleId, z.ZodEnum<{ error: 'error'; warning: 'warning'; off: 'off' }>>).strict(),
    /** Quotation marks around Hebrew quotations: ASCII `"` or gershayim `״`. */
    quotes: z.enum(['straight', 'gershayim']),
    /** Between a prefix letter and a number or Latin word: maqaf (`ב־2024`) or hyphen (`ב-2024`). */
    joiner: z.enum(['maqaf', 'hyphen']),
    /** Whether the safe fixes are made while typing. */
    autocorrect: z.boolean(),
  })
  .strict();
export type HouseStyle = z.infer<typeof houseStyleSchema>;

/** A partial change of the house style, as the settings screen or the CLI sends it. */
export const houseStylePatchSchema = z
  .object({
    rules: z.object(Object.fromEntries(RULE_IDS.map((id) => [id, z.enum(SEVERITIES).optional()])) as Record<RuleId, z.ZodOptional<z.ZodEnum<{ error: 'error'; warning: 'warning'; off: 'off' }>>>).strict().optional(),
    quotes: z.enum(['straight', 'gershayim']).optional(),
    joiner: z.enum(['maqaf', 'hyphen']).optional(),
    autocorrect: z.boolean().optional(),
  })
  .strict();
export type HouseStylePatch = z.infer<typeof houseStylePatchSchema>;

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  rules: {
    gershayim: 'error',
    geresh: 'error',
    'space-before-punctuation': 'error',
    'broken-compound': 'error',
    maqaf: 'warning',
    dash: 'warning',
    quotes: 'warning',
    'double-space': 'warning',
    'latin-lookalike': 'error',
  },
  quotes: 'straight',
  joiner: 'maqaf',
  autocorrect: true,
};

/** A stored house style, completed with the defaults for anything it lacks (older ktav.json files). */
export function resolveHouseStyle(stored: unknown): HouseStyle {
  const parsed = houseStylePatchSchema.safeParse(stored ?? {});
  return parsed.success ? applyHouseStylePatch(DEFAULT_HOUSE_STYLE, parsed.data) : DEFAULT_HOUSE_STYLE;
}

export function applyHouseStylePatch(style: HouseStyle, patch: HouseStylePatch): HouseStyle {
  const rules = { ...style.rules };
  for (const id of RULE_IDS) {
    const s = patch.rules?.[id];
    if (s) rules[id] = s;
  }
  return {
    rules,
    quotes: patch.quotes ?? style.quotes,
    joiner: patch.joiner ?? style.joiner,
    autocorrect: patch.autocorrect ?? style.autocorrect,
  };
}
