// תיבת דואר יוצא: publishes waiting for a site that could not be reached, each with its state,
// attempts and last error, to send now or cancel. Main retries them by itself with a growing
// wait; the list follows main's `publish.outbox` event.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItemView } from '../../../shared/model/publish';
import { ktav, unwrap } from '../../platform/api';
import { formatLocale } from '../../i18n/locale';

export function OutboxList({ onError }: { onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<OutboxItemView[] | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const answer = await ktav.publish.outbox({});
    if (answer.ok) setItems(answer.value);
    else onError(answer.error.message);
  }, [onError]);

  useEffect(() => {
    void load();
    return ktav.on('publish.outbox', () => void load());
  }, [load]);

  const act = async (work: () => Promise<OutboxItemView[]>) => {
    setBusy(true);
    try {
      setItems(await work());
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const time = (iso: string) => new Date(iso).toLocaleString(formatLocale(i18n.language), { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section className="outbox" aria-labelledby="outbox-title">
      <h3 id="outbox-title">{t('publish.outbox')}</h3>
      {items === null ? null : items.length === 0 ? (
        <p className="muted">{t('publish.outboxEmpty')}</p>
      ) : (
        <>
          <ul className="outbox-items">
            {items.map((item) => (
              <li key={item.id} className="outbox-item" data-state={item.state}>
                <strong dir="auto">{t('publish.outboxItem', { headline: item.headline, site: item.site })}</strong>
                <span className="outbox-state">{t(`publish.state_${item.state}`)}</span>
                <span className="muted">{t('publish.attempts', { count: item.attempts })}</span>
                {item.nextAttemptAt && item.state === 'waiting' && <span className="muted">{t('publish.nextAttempt', { time: time(item.nextAttemptAt) })}</span>}
                {item.lastError && (
                  <span className="outbox-error" dir="auto">
                    {t('publish.lastError', { error: item.lastError })}
                  </span>
                )}
                <span className="actions">
                  <button type="button" disabled={busy} onClick={() => void act(async () => unwrap(await ktav.publish.outboxSend({ id: item.id })))}>
                    {t('publish.sendNow')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void act(async () => unwrap(await ktav.publish.outboxCancel({ id: item.id })))}>
                    {t('publish.cancel')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {items.length > 1 && (
            <button type="button" disabled={busy} onClick={() => void act(async () => unwrap(await ktav.publish.outboxSend({})))}>
              {t('publish.sendAll')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
