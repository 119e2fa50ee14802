// The shortcuts sheet (F1 or Ctrl+/): every action that has keys, by group.
import { useTranslation } from 'react-i18next';
import { useAllActions, type Action } from './actionRegistry';
import { showKeys } from './keys';
import { Dialog } from './Dialog';

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const groups = new Map<string, Action[]>();
  for (const a of useAllActions()) if (a.keys) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  return (
    <Dialog label={t('commands.shortcuts')} onClose={onClose} className="shortcuts">
      <header className="dialog-header">
        <h2>{t('commands.shortcuts')}</h2>
        <button type="button" onClick={onClose}>
          {t('commands.close')}
        </button>
      </header>
      <div className="shortcut-groups">
        {[...groups].map(([group, list]) => (
          <table key={group}>
            <caption>{t(group)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('commands.action')}</th>
                <th scope="col">{t('commands.key')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td>{t(a.title)}</td>
                  <td>
                    <kbd dir="ltr">{showKeys(a.keys!)}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
