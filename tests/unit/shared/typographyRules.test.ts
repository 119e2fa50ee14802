// Every typography rule of shared/hebrew, with the slips it must catch and the text it must leave alone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE, type HouseStyle, type RuleId } from '../../../shared/hebrew/houseStyle.js';
import { applyFixes, fixText, lintText } from '../../../shared/hebrew/lint.js';

function fixedBy(rule: RuleId, text: string, style: HouseStyle = DEFAULT_HOUSE_STYLE): string {
  return applyFixes(text, lintText(text, style, rule));
}
function found(rule: RuleId, text: string, style: HouseStyle = DEFAULT_HOUSE_STYLE): string[] {
  return lintText(text, style, rule).map((f) => text.slice(f.from, f.to));
}

describe('gershayim', () => {
  it('turns the quote of an acronym into gershayim, in inflection too', () => {
    expect(fixedBy('gershayim', 'יו"ר הוועד ודובר צה"ל והרמטכ"לים')).toBe('יו״ר הוועד ודובר צה״ל והרמטכ״לים');
  });
  it('catches the curly quote an English smart-quote rule leaves in an acronym', () => {
    expect(fixedBy('gershayim', 'יו”ר')).toBe('יו״ר');
  });
  it('leaves quotation marks around a word alone', () => {
    expect(found('gershayim', 'אמר "שלום" ויצא')).toEqual([]);
    expect(found('gershayim', 'He said "hi"')).toEqual([]);
  });
});

describe('geresh', () => {
  it('turns an apostrophe after a Hebrew letter into a geresh', () => {
    expect(fixedBy('geresh', "ראו מס' 4 בעמ' 12 ואת הג'ירפה")).toBe('ראו מס׳ 4 בעמ׳ 12 ואת הג׳ירפה');
  });
  it('leaves English apostrophes and single-quoted Hebrew words alone', () => {
    expect(found('geresh', "it's Dan's")).toEqual([]);
    expect(found('geresh', "אמר 'שלום' ויצא")).toEqual([]);
  });
});

describe('space before punctuation', () => {
  it('removes spaces before commas, full stops, colons and question marks', () => {
    expect(fixedBy('space-before-punctuation', 'עו"ד משה כהן , חנך . קרדיט צילום : דוברות ? כן !')).toBe(
      'עו"ד משה כהן, חנך. קרדיט צילום: דוברות? כן!',
    );
  });
  it('removes the space before the full stop after a URL', () => {
    expect(fixedBy('space-before-punctuation', 'באתר agrosense.example.com .')).toBe('באתר agrosense.example.com.');
  });
  it('leaves decimals, emoticons and a mark opening a line alone', () => {
    expect(found('space-before-punctuation', 'נמדד .5 מטר')).toEqual([]);
    expect(found('space-before-punctuation', 'יופי :)')).toEqual([]);
    expect(found('space-before-punctuation', '. נקודה בתחילת שורה')).toEqual([]);
  });
});

describe('broken compound', () => {
  it('joins a compound broken by a space on one side of the hyphen', () => {
    expect(fixedBy('broken-compound', 'מכרז בין- לאומי וחברה רב -תחומית')).toBe('מכרז בין־לאומי וחברה רב־תחומית');
  });
  it('joins with a hyphen when the house style keeps hyphens', () => {
    expect(fixedBy('broken-compound', 'בין- לאומי', { ...DEFAULT_HOUSE_STYLE, joiner: 'hyphen' })).toBe('בין-לאומי');
  });
  it('leaves a dash between spaces and a whole compound alone', () => {
    expect(found('broken-compound', 'מילה - מילה')).toEqual([]);
    expect(found('broken-compound', 'בין-לאומי')).toEqual([]);
  });
});

describe('maqaf', () => {
  it('joins a prefix letter to a number or a Latin word with a maqaf', () => {
    expect(fixedBy('maqaf', 'ב-2024 נבדק ה-DNA של כ-15,000 ול-500 צופים')).toBe('ב־2024 נבדק ה־DNA של כ־15,000 ול־500 צופים');
  });
  it('leaves hyphens inside words and phone numbers alone', () => {
    expect(found('maqaf', 'סטארט-אפ, 03-1234567, בן-דוד')).toEqual([]);
  });
  it('reports a maqaf when the house style keeps the hyphen', () => {
    const hyphen = { ...DEFAULT_HOUSE_STYLE, joiner: 'hyphen' } as const;
    expect(fixedBy('maqaf', 'ב־2024', hyphen)).toBe('ב-2024');
    expect(found('maqaf', 'ב-2024', hyphen)).toEqual([]);
  });
});

describe('dash', () => {
  it('puts an en dash in ranges and in a break in the sentence', () => {
    expect(fixedBy('dash', 'בשעות 10-16, בשנים 2020-2024 - ולא יותר')).toBe('בשעות 10–16, בשנים 2020–2024 – ולא יותר');
  });
  it('leaves phone numbers, dates and compounds alone', () => {
    expect(found('dash', 'טלפון 03-1234567, תאריך 2024-01-05, בן-דוד, מס׳ -5')).toEqual([]);
    expect(found('dash', 'חייגו +1 (555) 010-9999 או +44 20 7946-0958')).toEqual([]);
  });
});

describe('quotes', () => {
  it('replaces curly Latin quotes around Hebrew with the house style mark', () => {
    expect(fixedBy('quotes', 'אמר “זהו יום חג” בטקס')).toBe('אמר "זהו יום חג" בטקס');
    expect(fixedBy('quotes', 'אמר “זהו יום חג” בטקס', { ...DEFAULT_HOUSE_STYLE, quotes: 'gershayim' })).toBe('אמר ״זהו יום חג״ בטקס');
  });
  it('turns straight quotes into gershayim marks only when the house style asks, never in acronyms', () => {
    const style = { ...DEFAULT_HOUSE_STYLE, quotes: 'gershayim' } as const;
    expect(fixedBy('quotes', 'אמר "שלום" ליו"ר', style)).toBe('אמר ״שלום״ ליו"ר');
    expect(found('quotes', 'אמר "שלום"')).toEqual([]);
  });
  it('leaves English quotations alone', () => {
    expect(found('quotes', 'He said “hello” twice')).toEqual([]);
  });
});

describe('double space', () => {
  it('shrinks a run of spaces to one', () => {
    expect(fixedBy('double-space', 'שני  רווחים   כאן')).toBe('שני רווחים כאן');
  });
  it('leaves single spaces alone', () => {
    expect(found('double-space', 'רווח אחד בין מילים')).toEqual([]);
  });
});

describe('Latin lookalikes', () => {
  it('fixes a Latin letter that looks like a Hebrew one', () => {
    expect(fixedBy('latin-lookalike', 'שלoם לכולם')).toBe('שלסם לכולם');
  });
  it('flags other mixed-script words without guessing a fix', () => {
    const f = lintText('ירושליםx היום', DEFAULT_HOUSE_STYLE, 'latin-lookalike');
    expect(f).toHaveLength(1);
    expect(f[0]!.replacement).toBeNull();
  });
  it('leaves Hebrew joined to Latin by a maqaf or a hyphen alone', () => {
    expect(found('latin-lookalike', 'ה־DNA ב-Google ו-C++ של Agrosense')).toEqual([]);
  });
});

describe('the house style', () => {
  it('runs no rule it turns off and reports the severity it assigns', () => {
    const style: HouseStyle = { ...DEFAULT_HOUSE_STYLE, rules: { ...DEFAULT_HOUSE_STYLE.rules, gershayim: 'off', dash: 'error' } };
    const findings = lintText('יו"ר 10-16', style);
    expect(findings.map((f) => f.rule)).toEqual(['dash']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/קו מפריד/);
  });
});

describe('fixing a whole text', () => {
  it('fixes the typing slips of the sample article', () => {
    const text = 'ראש העירייה, עו"ד משה כהן , חנך מכרז בין- לאומי ל-500 צופים  בשעות 10-16 - כך.';
    expect(fixText(text, DEFAULT_HOUSE_STYLE)).toBe('ראש העירייה, עו״ד משה כהן, חנך מכרז בין־לאומי ל־500 צופים בשעות 10–16 – כך.');
  });
});
