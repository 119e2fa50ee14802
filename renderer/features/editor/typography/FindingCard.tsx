// The typography finding under the caret, with its fix (תיקון) and "fix all of this kind"
// (תיקון הכול מסוג זה). Shown beside the text while the caret is in an underlined range; a click
// on an underline puts the caret there.
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { ruleText } from '../../../../shared/hebrew/ruleMessages';
import { allFindings, findingAt, fixAllOfRule, fixFinding } from './findingsPlugin';
import { useIdleViewValue, useViewValue } from '../viewEvents';

const deriveKey = (view: EditorView) => {
  const f = findingAt(view.state);
  return f ? JSON.stringify(f) : '';
};
const deriveCount = (view: EditorView) => allFindings(view.state).length;

export function FindingCard({ view }: { view: EditorView }) {
  const { t, i18n } = useTranslation();
  const key = useViewValue(view, deriveKey, '');
  // Counting walks every finding of the article, so it waits for a pause in typing.
  const count = useIdleViewValue(view, deriveCount, 0);
  const lang = i18n.language === 'en' ? 'en' : 'he';
  const finding = key ? (JSON.parse(key) as ReturnType<typeof findingAt> & object) : null;

  return (
    <div className="finding-card" aria-live="polite">
      <p className="findings-count" data-testid="findings-count">
        {t('editing.findings', { count })}
      </p>
      {finding && (
        <div className={`finding finding-${finding.severity}`} data-rule={finding.rule}>
          <p>
            <strong>
              {t(`editing.${finding.severity}`)}: {ruleText(finding.rule, lang).title}
            </strong>
          </p>
          <p>{ruleText(finding.rule, lang).message}</p>
          {finding.replacement !== null && (
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                fixFinding(finding)(view.state, view.dispatch);
                view.focus();
              }}
            >
              {t('editing.fix')}
            </button>
          )}{' '}
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              fixAllOfRule(finding.rule)(view.state, view.dispatch);
              view.focus();
            }}
          >
            {t('editing.fixAll')}
          </button>
        </div>
      )}
    </div>
  );
}
