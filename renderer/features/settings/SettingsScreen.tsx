// The settings screen (הגדרות): interface language and theme, the repository folder, the
// repository's house style, and where credit templates and the saving policy live.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTOSAVE_IDLE_CHOICES, KEEP_DAILY_CHOICES, VERSION_EVERY_CHOICES, type SavingPolicy, type Theme, type UiLanguage, type UiSettings } from '../../../shared/model/settings';
import { RULE_IDS, SEVERITIES, type HouseStyle, type HouseStylePatch } from '../../../shared/hebrew/houseStyle';
import { ruleText } from '../../../shared/hebrew/ruleMessages';
import { ktav, unwrap } from '../../platform/api';
import { SearchIndexStatus } from '../library/SearchIndexStatus';
import { CreditTemplates } from './CreditTemplates';
import { SharingSettings } from '../sync/SharingSettings';
import { SiteSettings } from '../publish/SiteSettings';

/** A left-to-right run (a path, a flag) isolated inside a sentence of either direction. */
const ltr = (text: string) => `\u2066${text}\u2069`;

export interface SettingsScreenProps {
  settings: UiSettings;
  repoDir: string;
  onChange: (patch: Partial<Pick<UiSettings, 'language' | 'theme' | 'nextRepo' | 'saving'>>) => Promise<void>;
  onOpenMedia: () => void;
  onOpenArticle: (id: string) => void;
  onError: (message: string) => void;
}

export function SettingsScreen({ settings, repoDir, onChange, onOpenMedia, onOpenArticle, onError }: SettingsScreenProps) {
  const { t, i18n } = useTranslation();
  const [style, setStyle] = useState<HouseStyle | null>(null);
  const [nextRepo, setNextRepo] = useState(settings.nextRepo ?? '');
  const [repoNotice, setRepoNotice] = useState(false);
  const ids = useId();
  const lang = i18n.language === 'en' ? 'en' : 'he';

  useEffect(() => {
    void ktav.houseStyle.get({}).then((o) => (o.ok ? setStyle(o.value) : onError(o.error.message)));
  }, [onError]);

  const patchStyle = async (patch: HouseStylePatch) => {
    try {
      setStyle(unwrap(await ktav.houseStyle.set(patch)));
    } catch (e) {
      onError((e as Error).message);
    }
  };

  const setSaving = (patch: Partial<SavingPolicy>) => void onChange({ saving: { ...settings.saving, ...patch } });

  const saveRepo = async (value: string | null) => {
    await onChange({ nextRepo: value });
    setNextRepo(value ?? '');
    setRepoNotice(true);
  };

  return (
    <section className="settings-screen" aria-labelledby={`${ids}-title`}>
      <header className="toolbar">
        <h1 id={`${ids}-title`}>{t('settings.title')}</h1>
      </header>

      <fieldset>
        <legend>{t('settings.appearance')}</legend>
        <label>
          {t('settings.language')}{' '}
          <select value={settings.language} onChange={(e) => void onChange({ language: e.target.value as UiLanguage })}>
            <option value="he" lang="he">
              עברית
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label>
          {t('settings.theme')}{' '}
          <select value={settings.theme} onChange={(e) => void onChange({ theme: e.target.value as Theme })}>
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings.repository')}</legend>
        <p>{t('settings.repositoryNow', { path: ltr(repoDir) })}</p>
        <label htmlFor={`${ids}-repo`}>{t('settings.repositoryNext')}</label>
        <input id={`${ids}-repo`} type="text" dir="ltr" value={nextRepo} onChange={(e) => setNextRepo(e.target.value)} aria-describedby={`${ids}-repo-hint`} />
        <p id={`${ids}-repo-hint`} className="hint">
          {t('settings.repositoryHint', { flag: ltr('--repo'), env: ltr('KTAV_REPO') })}
        </p>
        <div className="row">
          <button type="button" disabled={!nextRepo.trim()} onClick={() => void saveRepo(nextRepo.trim())}>
            {t('settings.repositorySave')}
          </button>
          <button type="button" onClick={() => void saveRepo(null)}>
            {t('settings.repositoryDefault')}
          </button>
        </div>
        {repoNotice && <p role="status">{t('settings.repositorySaved')}</p>}
        <SearchIndexStatus offerRebuild onError={onError} />
      </fieldset>

      <SharingSettings onError={onError} onOpenArticle={onOpenArticle} />

      <SiteSettings onError={onError} />

      <fieldset>
        <legend>{t('settings.houseStyle')}</legend>
        <p className="hint">{t('settings.houseStyleHint')}</p>
        {style && (
          <>
            <table className="rules">
              <thead>
                <tr>
                  <th scope="col">{t('settings.rule')}</th>
                  <th scope="col">{t('settings.severity')}</th>
                </tr>
              </thead>
              <tbody>
                {RULE_IDS.map((id) => (
                  <tr key={id}>
                    <th scope="row" id={`${ids}-${id}`}>
                      {ruleText(id, lang).title}
                    </th>
                    <td>
                      <select aria-labelledby={`${ids}-${id}`} value={style.rules[id]} onChange={(e) => void patchStyle({ rules: { [id]: e.target.value as (typeof SEVERITIES)[number] } })}>
                        {SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {t(`settings.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <label>
              {t('settings.quotes')}{' '}
              <select value={style.quotes} onChange={(e) => void patchStyle({ quotes: e.target.value as HouseStyle['quotes'] })}>
                <option value="straight">{t('settings.quotesStraight')}</option>
                <option value="gershayim">{t('settings.quotesGershayim')}</option>
              </select>
            </label>
            <label>
              {t('settings.joiner')}{' '}
              <select value={style.joiner} onChange={(e) => void patchStyle({ joiner: e.target.value as HouseStyle['joiner'] })}>
                <option value="maqaf">{t('settings.joinerMaqaf')}</option>
                <option value="hyphen">{t('settings.joinerHyphen')}</option>
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={style.autocorrect} onChange={(e) => void patchStyle({ autocorrect: e.target.checked })} /> {t('settings.autocorrect')}
            </label>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('settings.credits')}</legend>
        <p className="hint">{t('settings.creditsHint')}</p>
        <CreditTemplates onError={onError} />
        <button type="button" onClick={onOpenMedia}>
          {t('settings.openMedia')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('settings.saving')}</legend>
        <p className="hint">{t('settings.savingPolicy')}</p>
        <label>
          {t('settings.autosaveIdle')}{' '}
          <select value={settings.saving.autosaveIdleMs} onChange={(e) => setSaving({ autosaveIdleMs: Number(e.target.value) as SavingPolicy['autosaveIdleMs'] })}>
            {AUTOSAVE_IDLE_CHOICES.map((ms) => (
              <option key={ms} value={ms}>
                {t(`settings.idle.${ms}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.versionEvery')}{' '}
          <select value={settings.saving.versionEveryMinutes} onChange={(e) => setSaving({ versionEveryMinutes: Number(e.target.value) as SavingPolicy['versionEveryMinutes'] })}>
            {VERSION_EVERY_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t('settings.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.keepDaily')}{' '}
          <select value={settings.saving.keepDailyDays} onChange={(e) => setSaving({ keepDailyDays: Number(e.target.value) as SavingPolicy['keepDailyDays'] })}>
            {KEEP_DAILY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d === 0 ? t('settings.forever') : t('settings.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </section>
  );
}
