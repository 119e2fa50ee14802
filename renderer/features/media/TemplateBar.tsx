// Metadata templates (תבניות פרטים) in the credit panel: apply a saved template to the
// selection, or save the fields just filled in as a template, optionally applied on import.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetadataTemplate } from '../../../shared/media/template';
import { ktav, unwrap, shown } from '../../platform/api';
import { patchFrom, type FormField, type FormValues } from './creditForm';

export interface TemplateBarProps {
  values: FormValues;
  touched: Set<FormField>;
  append: Set<FormField>;
  onApplyTemplate: (name: string) => Promise<void>;
  onError: (message: string) => void;
}

export function TemplateBar({ values, touched, append, onApplyTemplate, onError }: TemplateBarProps) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<MetadataTemplate[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [onImport, setOnImport] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void ktav.media.templates({}).then((o) => setTemplates(shown(o) ?? []));
  }, []);

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const save = () =>
    guard(async () => {
      const modes = Object.fromEntries([...append].filter((f) => touched.has(f)).map((f) => [f, 'append' as const]));
      const template: MetadataTemplate = { name: name.trim(), fields: patchFrom(values, touched), modes, onImport };
      setTemplates(unwrap(await ktav.media.saveTemplate({ template })));
      setNotice(t('media.templates.saved', { name: template.name }));
      setName('');
    });

  const remove = () =>
    guard(async () => {
      setTemplates(unwrap(await ktav.media.deleteTemplate({ name: chosen })));
      setChosen('');
    });

  return (
    <fieldset className="template-bar">
      <legend>{t('media.templates.title')}</legend>
      <div className="row">
        <label>
          {t('media.templates.choose')}{' '}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="" />
            {templates.map((tpl) => (
              <option key={tpl.name} value={tpl.name}>
                {tpl.name}
                {tpl.onImport ? ' ★' : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!chosen} onClick={() => void guard(() => onApplyTemplate(chosen))}>
          {t('media.templates.apply')}
        </button>
        <button type="button" disabled={!chosen} onClick={() => void remove()}>
          {t('media.templates.delete')}
        </button>
      </div>
      <div className="row">
        <label>
          {t('media.templates.namePrompt')}{' '}
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={onImport} onChange={(e) => setOnImport(e.target.checked)} /> {t('media.templates.onImport')}
        </label>
        <button type="button" disabled={!name.trim() || touched.size === 0} onClick={() => void save()}>
          {t('media.templates.saveAs')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
    </fieldset>
  );
}
