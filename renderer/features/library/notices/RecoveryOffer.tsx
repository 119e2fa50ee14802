// At start: text that was typed and never saved (found in the crash journal), shown as a
// comparison with the saved article, with a choice to restore or discard each.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingRestore } from '../../../../shared/model/repository';
import { ktav, unwrap, shown } from '../../../platform/api';
import { TextDiff } from '../../../ui/TextDiff';
import '../library.css';
import { formatLocale } from '../../../i18n/locale';

export function RecoveryOffer({ onChanged, onError }: { onChanged: () => void; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<PendingRestore[]>([]);
  const [done, setDone] = useState(false);

  useEffect(() => {
    void ktav.journal.pending({}).then((o) => setPending(shown(o) ?? []));
  }, []);

  const act = async (entry: PendingRestore, restore: boolean) => {
    try {
      if (restore) unwrap(await ktav.journal.restore({ id: entry.id }));
      else unwrap(await ktav.journal.discard({ id: entry.id }));
      setPending((p) => p.filter((e) => e.id !== entry.id));
      if (restore) setDone(true);
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const when = new Intl.DateTimeFormat(formatLocale(i18n.language), { dateStyle: 'short', timeStyle: 'medium' });
  if (pending.length === 0) {
    return done ? <p className="notice" role="status">{t('library.recoveryRestored')}</p> : null;
  }
  return (
    <section className="recovery" role="region" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('library.recoveryTitle')}</h2>
      <p>{t('library.recoveryIntro')}</p>
      {pending.map((entry) => (
        <article key={entry.id} className="recovery-entry" data-article-id={entry.id}>
          <h3 dir="auto">{entry.headline || t('library.untitled')}</h3>
          <p className="muted">{t('library.recoveryRecorded', { when: when.format(new Date(entry.recordedAt)) })}</p>
          <TextDiff before={entry.savedText} after={entry.journalText} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void act(entry, true)}>
              {t('library.recoveryRestore')}
            </button>
            <button type="button" onClick={() => void act(entry, false)}>
              {t('library.recoveryDiscard')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
