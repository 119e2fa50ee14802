// The command palette (לוח פקודות): Ctrl+K or Ctrl+Shift+P, type a name in Hebrew or English,
// arrows to choose, Enter to run. It reaches every registered action.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllActions, type Action } from './actionRegistry';
import { matchesQuery } from './matchAction';
import { showKeys } from './keys';
import { Dialog } from './Dialog';

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const actions = useAllActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const he = i18n.getFixedT('he');
  const en = i18n.getFixedT('en');
  const shown = useMemo(
    () => actions.filter((a) => matchesQuery(a.label ? [a.label, he(a.title), en(a.title)] : [he(a.title), en(a.title)], query)).sort((a, b) => t(a.group).localeCompare(t(b.group))),
    [actions, query, he, en, t],
  );
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const runAction = (a: Action) => {
    onClose();
    // After the dialog has closed and given focus back, so the action acts where the person was.
    setTimeout(() => a.run(), 0);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((current + 1) % Math.max(1, shown.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((current - 1 + shown.length) % Math.max(1, shown.length));
    } else if (e.key === 'Enter' && shown[current]) {
      e.preventDefault();
      runAction(shown[current]);
    }
  };

  return (
    <Dialog label={t('commands.palette')} onClose={onClose} className="palette">
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={shown[current] ? `palette-${shown[current].id}` : undefined}
        aria-label={t('commands.palette')}
        placeholder={t('commands.paletteHint')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" aria-label={t('commands.palette')}>
        {shown.map((a, i) => (
          <li
            key={a.id}
            id={`palette-${a.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              runAction(a);
            }}
          >
            <span dir="auto">{a.label ? t(a.title, { name: a.label }) : t(a.title)}</span>
            <span className="palette-group">{t(a.group)}</span>
            {a.keys && <kbd dir="ltr">{showKeys(a.keys)}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette-empty">{t('commands.noMatch')}</p>}
    </Dialog>
  );
}
