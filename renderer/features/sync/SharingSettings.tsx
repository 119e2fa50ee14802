// הגדרות → שיתוף: the shared repository's address, the user name and the secret (sent to main,
// never shown again), "test the connection", and the conflicts waiting for a decision.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharingView } from '../../../shared/model/sync';
import { ktav, unwrap } from '../../platform/api';
import { SyncConflicts } from './SyncConflicts';
import './sync.css';
import { refreshSyncStatus } from './syncStatus';

export interface SharingSettingsProps {
  onError: (message: string) => void;
  onOpenArticle: (id: string) => void;
}

export function SharingSettings({ onError, onOpenArticle }: SharingSettingsProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [sharing, setSharing] = useState<SharingView | null>(null);
  const [remote, setRemote] = useState('');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void ktav.sync.sharing({}).then((o) => {
      if (!o.ok) return onError(o.error.message);
      setSharing(o.value);
      setRemote(o.value.remote ?? '');
      setUser(o.value.user ?? '');
    });
  }, [onError]);

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = (stop = false) =>
    act(async () => {
      const next = unwrap(await ktav.sync.setSharing({ remote: stop ? null : remote.trim() || null, user: user.trim() || null, ...(secret ? { secret } : {}) }));
      setSharing(next);
      setSecret('');
      if (stop) setRemote('');
      void refreshSyncStatus();
      return t('sync.saved');
    });

  const forget = () =>
    act(async () => {
      setSharing(unwrap(await ktav.sync.setSharing({ remote: sharing?.remote ?? null, user: user.trim() || null, secret: null })));
      return t('sync.saved');
    });

  const test = () =>
    act(async () => {
      const answer = unwrap(await ktav.sync.test({ remote: remote.trim(), user: user.trim() || null, ...(secret ? { secret } : {}) }));
      return answer.remote === 'ktav' ? t('sync.testKtav') : t('sync.testEmpty');
    });

  return (
    <fieldset className="sharing-settings">
      <legend id={`${ids}-legend`}>{t('sync.sharing')}</legend>
      <p className="muted">{t('sync.sharingHint')}</p>
      <label>
        {t('sync.remote')}
        <input type="url" dir="ltr" value={remote} onChange={(e) => setRemote(e.target.value)} placeholder="https://git.example.org/newsroom/articles.git" spellCheck={false} />
      </label>
      <label>
        {t('sync.user')}
        <input type="text" dir="auto" value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" spellCheck={false} />
      </label>
      <p className="muted">{t('sync.userHint')}</p>
      <label>
        {t('sync.secret')}
        <input type="password" dir="ltr" value={secret} onChange={(e) => setSecret(e.target.value)} autoComplete="current-password" />
      </label>
      {sharing && (
        <p className="muted">
          {sharing.hasSecret ? `${t('sync.secretKept')} ` : ''}
          {sharing.secretKept === 'system-keychain' ? t('sync.secretWhereKeychain') : t('sync.secretWhereFile')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !remote.trim()} onClick={() => void save()}>
          {t('sync.save')}
        </button>
        <button type="button" disabled={busy || !remote.trim()} onClick={() => void test()}>
          {busy ? t('sync.testing') : t('sync.test')}
        </button>
        {sharing?.hasSecret && (
          <button type="button" disabled={busy} onClick={() => void forget()}>
            {t('sync.forgetSecret')}
          </button>
        )}
        {sharing?.remote && (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t('sync.stop')}
          </button>
        )}
      </div>
      {notice && (
        <p role="status" className="sharing-notice">
          {notice}
        </p>
      )}
      <SyncConflicts onError={onError} onOpenArticle={onOpenArticle} />
    </fieldset>
  );
}
