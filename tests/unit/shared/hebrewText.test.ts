// Autocorrect while typing, Hebrew-aware search, the house style's defaults and document linting.
import { describe, expect, it } from 'vitest';
import { autocorrect } from '../../../shared/hebrew/autocorrect.js';
import { DEFAULT_HOUSE_STYLE, resolveHouseStyle } from '../../../shared/hebrew/houseStyle.js';
import { findMatches, foldForSearch } from '../../../shared/hebrew/search.js';
import { lintDocument } from '../../../shared/hebrew/lint.js';
import { docFromJSON } from '../../../shared/editor/document.js';
import { articleDoc, para } from '../../support/docs.js';

const S = DEFAULT_HOUSE_STYLE;

describe('autocorrect while typing', () => {
  it('makes gershayim when a letter follows a quote after a Hebrew letter', () => {
    expect(autocorrect('יו"', 'ר', '', S)).toEqual({ deleteBefore: 1, insert: '״ר', rule: 'gershayim' });
  });
  it('makes gershayim when a quote is typed between two Hebrew letters', () => {
    expect(autocorrect('יו', '"', 'ר', S)).toEqual({ deleteBefore: 0, insert: '״', rule: 'gershayim' });
  });
  it('leaves an opening or closing quotation mark straight, never curly', () => {
    expect(autocorrect('אמר ', '"', '', S)).toBeNull();
    expect(autocorrect('אמר "שלום', '"', '', S)).toBeNull();
    expect(autocorrect('אמר "שלום"', ' ', '', S)).toBeNull();
  });
  it('makes a geresh after a Hebrew letter, not after Latin or inside a single-quoted word', () => {
    expect(autocorrect('מס', "'", '', S)?.insert).toBe('׳');
    expect(autocorrect('Dan', "'", '', S)).toBeNull();
    expect(autocorrect("'שלום", "'", '', S)).toBeNull();
  });
  it('joins a prefix to a number with a maqaf, unless the house style keeps hyphens', () => {
    expect(autocorrect('נפתח ב-', '2', '', S)).toEqual({ deleteBefore: 1, insert: '־2', rule: 'maqaf' });
    expect(autocorrect('נפתח ב-', '2', '', { ...S, joiner: 'hyphen' })).toBeNull();
    expect(autocorrect('סטארט-', 'א', '', S)).toBeNull();
  });
  it('turns a hyphen between spaces into a dash when the next space is typed', () => {
    expect(autocorrect('מילה -', ' ', '', S)).toEqual({ deleteBefore: 1, insert: '– ', rule: 'dash' });
    expect(autocorrect('-', ' ', '', S)).toBeNull();
  });
  it('does nothing when the house style turns autocorrect or the rule off', () => {
    expect(autocorrect('יו"', 'ר', '', { ...S, autocorrect: false })).toBeNull();
    expect(autocorrect('יו"', 'ר', '', { ...S, rules: { ...S.rules, gershayim: 'off' } })).toBeNull();
  });
});

describe('Hebrew-aware search', () => {
  it('ignores niqqud and finds the match in the original text', () => {
    const text = 'ביְרוּשָׁלַיִם היום';
    const [m] = findMatches(text, 'ירושלים');
    expect(text.slice(m!.from, m!.to)).toBe('יְרוּשָׁלַיִם');
  });
  it('treats final letters as their regular forms', () => {
    expect(findMatches('שלומכם ושלום', 'שלום').map((m) => m.from)).toEqual([0, 8]);
    expect(foldForSearch('ךםןףץ').text).toBe('כמנפצ');
  });
  it('matches Latin without regard to case and finds nothing for an empty query', () => {
    expect(findMatches('Google and GOOGLE', 'google')).toHaveLength(2);
    expect(findMatches('טקסט', '')).toEqual([]);
  });
});

describe('the house style stored in a repository', () => {
  it('completes an older or partial ktav.json with the defaults and ignores garbage', () => {
    expect(resolveHouseStyle(undefined)).toEqual(S);
    expect(resolveHouseStyle({ joiner: 'hyphen' }).joiner).toBe('hyphen');
    expect(resolveHouseStyle({ joiner: 'hyphen' }).rules.gershayim).toBe('error');
    expect(resolveHouseStyle({ rules: { nope: 'error' } })).toEqual(S);
  });
});

describe('linting a document', () => {
  it('reports findings with document positions and skips notes for the desk', () => {
    const json = articleDoc('כותרת עם יו"ר', [
      para('טקסט תקין'),
      {
        type: 'paragraph',
        attrs: { dir: 'auto' },
        content: [
          { type: 'text', text: 'מס\' 4 ' },
          { type: 'text', text: 'הערה עם צה"ל', marks: [{ type: 'note' }] },
        ],
      },
    ]);
    const doc = docFromJSON(json);
    const findings = lintDocument(doc, S);
    expect(findings.map((f) => [f.rule, f.block])).toEqual([
      ['gershayim', 'headline'],
      ['geresh', 1],
    ]);
    const g = findings[0]!;
    expect(doc.textBetween(g.pos.from, g.pos.to)).toBe('"');
  });
});
