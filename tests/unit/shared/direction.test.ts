import { describe, expect, it } from 'vitest';
import { detectDirection, effectiveDirection } from '../../../shared/text/direction.js';

describe('block direction from strong characters', () => {
  it('a Hebrew sentence that starts with an English word or a number stays RTL', () => {
    expect(detectDirection('Google הודיעה היום על מוצר חדש')).toBe('rtl');
    expect(detectDirection('2024 הייתה שנה קשה')).toBe('rtl');
    expect(detectDirection('GPS: דרוש')).toBe('rtl');
  });
  it('a block typed entirely in Latin script is LTR', () => {
    expect(detectDirection('The technology is ready; now we need to scale.')).toBe('ltr');
  });
  it('a block with no strong characters has no direction of its own', () => {
    expect(detectDirection('')).toBeNull();
    expect(detectDirection('12.5 — 40%')).toBeNull();
    expect(effectiveDirection('auto', '12.5', 'rtl')).toBe('rtl');
  });
  it('a direction set by hand wins over detection', () => {
    expect(effectiveDirection('ltr', 'שלום', 'rtl')).toBe('ltr');
    expect(effectiveDirection('rtl', 'Hello', 'rtl')).toBe('rtl');
  });
});
