// הגדרות → אתרים: the WordPress sites a person publishes to. A site is a name, its address, a
// user name and an application password (sent to main once, kept in the secret store, never
// shown again); "test the connection" says who the user is there and whether they may publish.
// The outbox is listed here too, since it is about the sites.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, type SiteView } from '../../../shared/model/publish';
import { ktav, unwrap } from '../../platform/api';
import { OutboxList } from './OutboxList';
import './publish.css';

export function SiteSettings({ onError }: { onError: (message: string) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [sites, setSites] = useState<SiteView[] | null>(null);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const [notice, setNotice] = useState<{ text: string; alert?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void ktav.publish.sites({}).then((o) => (o.ok ? setSites(o.value) : onError(o.error.message)));
  }, [onError]);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ text: await work() });
    } catch (e) {
      setNotice({ text: (e as Error).message, alert: true });
    } finally {
      setBusy(false);
    }
  };

  const add = () =>
    act(async () => {
      const site = { name: name.trim(), url: url.trim(), user: user.trim(), ...(timeZone !== DEFAULT_TIME_ZONE ? { timeZone } : {}) };
      setSites(unwrap(await ktav.publish.addSite({ ...site, ...(password ? { password } : {}) })));
      setName('');
      setUrl('');
      setUser('');
      setPassword('');
      return t('publish.added', { name: site.name });
    });
  const testNew = () => act(async () => unwrap(await ktav.publish.testSite({ url: url.trim(), user: user.trim(), password })).summary);
  const testKept = (site: string) => act(async () => unwrap(await ktav.publish.testSite({ name: site })).summary);
  const remove = (site: string) =>
    act(async () => {
      setSites(unwrap(await ktav.publish.removeSite({ name: site })));
      return t('publish.removed', { name: site });
    });

  const complete = name.trim() && url.trim() && user.trim();
  return (
    <fieldset className="site-settings">
      <legend>{t('publish.sites')}</legend>
      <p className="muted">{t('publish.sitesHint')}</p>
      {sites && sites.length === 0 && <p className="muted">{t('publish.noSites')}</p>}
      {sites && sites.length > 0 && (
        <ul className="site-list">
          {sites.map((s) => (
            <li key={s.name}>
              <strong dir="auto">{s.name}</strong> <span dir="ltr">{s.url}</span> · <span dir="auto">{s.user}</span> · <span className="muted">{s.hasPassword ? t('publish.passwordKept') : t('publish.noPassword')}</span>
              <span className="actions">
                <button type="button" disabled={busy} aria-label={t('publish.testSite', { name: s.name })} onClick={() => void testKept(s.name)}>
                  {t('publish.test')}
                </button>
                <button type="button" disabled={busy} onClick={() => void remove(s.name)}>
                  {t('publish.remove', { name: s.name })}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="site-form">
        <label>
          {t('publish.name')}
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} spellCheck={false} />
        </label>
        <label>
          {t('publish.url')}
          <input type="url" dir="ltr" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://www.example.co.il" spellCheck={false} />
        </label>
        <label>
          {t('publish.user')}
          <input type="text" dir="auto" value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" spellCheck={false} />
        </label>
        <label>
          {t('publish.password')}
          <input type="password" dir="ltr" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </label>
        <label htmlFor={`${ids}-zone`}>{t('publish.timeZone')}</label>
        <input id={`${ids}-zone`} type="text" dir="ltr" value={timeZone} onChange={(e) => setTimeZone(e.target.value.trim() || DEFAULT_TIME_ZONE)} spellCheck={false} />
        {sites?.[0] && <p className="muted">{sites[0].passwordKept === 'system-keychain' ? t('publish.passwordWhereKeychain') : t('publish.passwordWhereFile')}</p>}
        <div className="actions">
          <button type="button" className="primary" disabled={busy || !complete} onClick={() => void add()}>
            {t('publish.add')}
          </button>
          <button type="button" disabled={busy || !url.trim() || !user.trim() || !password} onClick={() => void testNew()}>
            {busy ? t('publish.testing') : t('publish.test')}
          </button>
        </div>
      </div>
      {notice && (
        <p role={notice.alert ? 'alert' : 'status'} className="site-notice" dir="auto">
          {notice.text}
        </p>
      )}
      <OutboxList onError={onError} />
    </fieldset>
  );
}
