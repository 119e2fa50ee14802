// The saved credit templates in settings: each with the fields it fills, whether it is applied
// to every imported picture, and a way to delete it. Templates are made in the media library's
// credit panel, from fields filled in there.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetadataTemplate } from '../../../shared/media/template';
import { ktav, unwrap } from '../../platform/api';

export function CreditTemplates({ onError }: { onError: (message: string) => void }) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<MetadataTemplate[] | null>(null);

  useEffect(() => {
    void ktav.media.templates({}).then((o) => (o.ok ? setTemplates(o.value) : onError(o.error.message)));
  }, [onError]);

  const reload = () => ktav.media.templates({}).then((o) => (o.ok ? setTemplates(o.value) : onError(o.error.message)));

  /** Runs a change in main and shows the templates as main has them; after a refusal, reloads them. */
  const run = async (work: () => ReturnType<typeof ktav.media.templates>, reloadOnError = false) => {
    try {
      setTemplates(unwrap(await work()));
    } catch (error) {
      onError((error as Error).message);
      if (reloadOnError) await reload();
    }
  };

  if (!templates) return null;
  if (templates.length === 0) return <p className="muted">{t('settings.templatesNone')}</p>;
  return (
    <ul className="credit-templates">
      {templates.map((tpl) => (
        <li key={tpl.name} data-template={tpl.name}>
          <strong dir="auto">{tpl.name}</strong>{' '}
          <span className="muted">
            {Object.keys(tpl.fields)
              .map((f) => t(`media.fields.${f}`))
              .join(', ')}
          </span>
          <label className="check">
            <input
              type="checkbox"
              aria-label={t('settings.templateOnImportFor', { name: tpl.name })}
              checked={tpl.onImport}
              onChange={(e) => {
                // The box follows the click at once; main's answer (or its refusal) then settles it.
                const next = { ...tpl, onImport: e.target.checked };
                setTemplates((all) => all && all.map((x) => (x.name === tpl.name ? next : x)));
                void run(() => ktav.media.saveTemplate({ template: next }), true);
              }}
            />{' '}
            {t('settings.templateOnImport')}
          </label>
          <button type="button" aria-label={t('settings.templateDeleteFor', { name: tpl.name })} onClick={() => void run(() => ktav.media.deleteTemplate({ name: tpl.name }))}>
            {t('settings.templateDelete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
