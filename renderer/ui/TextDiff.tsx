// A readable word-by-word comparison: what would be added underlined, what would be removed
// struck through, long unchanged stretches shortened to their edges.
import { diffArrays } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import './TextDiff.css';

const KEEP_WORDS = 10;

function shorten(text: string, atStart: boolean, atEnd: boolean): string {
  const words = text.split(/(\s+)/);
  if (words.length <= KEEP_WORDS * 4) return text;
  const head = atStart ? '' : words.slice(0, KEEP_WORDS * 2).join('');
  const tail = atEnd ? '' : words.slice(-KEEP_WORDS * 2).join('');
  return `${head} … ${tail}`;
}

/**
 * Words and the spaces between them as tokens: diff's own word tokenizer knows only Latin
 * letters and would cut Hebrew words into single characters.
 */
function wordDiff(before: string, after: string): { value: string; added?: boolean; removed?: boolean }[] {
  const tokens = (text: string) => text.split(/(\s+)/).filter(Boolean);
  return diffArrays(tokens(before), tokens(after)).map((c) => ({ value: c.value.join(''), added: c.added, removed: c.removed }));
}

export function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  if (parts.every((p) => !p.added && !p.removed)) return <p className="text-diff-same">{t('diff.unchanged')}</p>;
  return (
    <div className="text-diff" dir="auto" aria-label={t('diff.legend')}>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>{p.value}</ins>
        ) : p.removed ? (
          <del key={i}>{p.value}</del>
        ) : (
          <span key={i}>{shorten(p.value, i === 0, i === parts.length - 1)}</span>
        ),
      )}
    </div>
  );
}
