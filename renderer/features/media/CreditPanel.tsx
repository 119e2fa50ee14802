// The credit panel (פרטי קרדיט): every field of the credit record for one picture or for a
// whole selection at once. With several pictures, fields that differ show "(ערכים שונים)"
// and only the fields the person fills in or changes are applied, to all of them in one action.
// Known credits are offered as the person types; `=code=` expands to its saved text.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expandCodes, type CodeTable } from '../../../shared/media/codeReplacements';
import type { CreditRegistry } from '../../../shared/media/creditRegistry';
import type { PatchModes } from '../../../shared/media/creditPatch';
import { RIGHTS_CATEGORIES, type CreditFieldName, type MediaRecord } from '../../../shared/model/media';
import { APPENDABLE, fieldError, formFor, patchFrom, type FormField, type FormValues } from './creditForm';
import { TemplateBar } from './TemplateBar';

export interface CreditPanelProps {
  selection: MediaRecord[];
  registry: CreditRegistry;
  codes: CodeTable;
  onApply: (patch: ReturnType<typeof patchFrom>, modes: PatchModes) => Promise<void>;
  onApplyTemplate: (name: string) => Promise<void>;
  onError: (message: string) => void;
}

const DIGITAL_SOURCES = ['digitalCapture', 'negativeFilm', 'compositeCapture', 'trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia'];
const DIGITAL_SOURCE_BASE = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

type Kind = 'text' | 'area' | 'url' | 'date' | 'rights' | 'digital';
const LAYOUT: { field: FormField; kind: Kind; list?: keyof CreditRegistry }[] = [
  { field: 'creditLine', kind: 'text', list: 'creditLines' },
  { field: 'creators', kind: 'text', list: 'creators' },
  { field: 'source', kind: 'text', list: 'sources' },
  { field: 'copyrightNotice', kind: 'text' },
  { field: 'copyrightOwner', kind: 'text' },
  { field: 'caption', kind: 'area' },
  { field: 'altText', kind: 'area' },
  { field: 'rightsCategory', kind: 'rights' },
  { field: 'validUntil', kind: 'date' },
  { field: 'restrictions', kind: 'area' },
  { field: 'usageTerms', kind: 'area' },
  { field: 'webStatementUrl', kind: 'url' },
  { field: 'licensorName', kind: 'text' },
  { field: 'licensorUrl', kind: 'url' },
  { field: 'digitalSourceType', kind: 'digital' },
  { field: 'supplierRef', kind: 'text' },
];

export function CreditPanel({ selection, registry, codes, onApply, onApplyTemplate, onError }: CreditPanelProps) {
  const { t } = useTranslation();
  const key = selection.map((r) => `${r.id}@${r.updatedAt}`).join(',');
  const initial = useMemo(() => (selection.length ? formFor(selection) : null), [key]);
  const [values, setValues] = useState<FormValues | null>(initial?.values ?? null);
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [append, setAppend] = useState<Set<FormField>>(new Set());
  const [notice, setNotice] = useState('');

  useEffect(() => {
    setValues(initial?.values ?? null);
    setTouched(new Set());
  }, [initial]);

  if (!values || !initial || selection.length === 0) {
    return (
      <aside className="credit-panel" aria-label={t('media.panel.title')}>
        <p className="muted">{t('media.panel.nothingSelected')}</p>
      </aside>
    );
  }

  const many = selection.length > 1;
  const errors = Object.fromEntries(
    [...touched].map((f) => [f, fieldError(f, values[f])]).filter(([, e]) => e),
  ) as Partial<Record<FormField, string>>;
  const invalid = Object.keys(errors).length > 0;

  const change = (field: FormField, raw: string) => {
    setValues({ ...values, [field]: expandCodes(raw, codes) });
    setTouched(new Set(touched).add(field));
    setNotice('');
  };

  const modes = (): PatchModes =>
    Object.fromEntries([...append].map((f) => [f, 'append'])) as Partial<Record<CreditFieldName, 'append'>>;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (invalid || touched.size === 0) return;
    try {
      await onApply(patchFrom(values, touched), modes());
      setNotice(t('media.panel.applied', { count: selection.length }));
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const input = (field: FormField, kind: Kind, list?: keyof CreditRegistry) => {
    const id = `credit-${field}`;
    const common = {
      id,
      name: field,
      value: values[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? `${id}-error` : undefined,
      placeholder: initial.mixed.has(field) && !touched.has(field) ? t('media.panel.mixed') : undefined,
      // Chromium's spell checker would fetch a dictionary it cannot have offline and knows no Hebrew word boundaries.
      spellCheck: false,
    };
    switch (kind) {
      case 'area':
        return <textarea {...common} dir="auto" rows={2} onChange={(e) => change(field, e.target.value)} />;
      case 'rights':
        return (
          <select {...common} onChange={(e) => change(field, e.target.value)}>
            {['', ...RIGHTS_CATEGORIES].map((c) => (
              <option key={c} value={c}>
                {t(`media.rights.${c || 'none'}`)}
              </option>
            ))}
          </select>
        );
      case 'digital':
        return (
          <select {...common} onChange={(e) => change(field, e.target.value)}>
            <option value="">{t('media.digitalSource.none')}</option>
            {DIGITAL_SOURCES.map((s) => (
              <option key={s} value={DIGITAL_SOURCE_BASE + s}>
                {t(`media.digitalSource.${s}`)}
              </option>
            ))}
          </select>
        );
      case 'date':
        return <input {...common} type="date" onChange={(e) => change(field, e.target.value)} />;
      case 'url':
        return <input {...common} type="url" dir="ltr" inputMode="url" onChange={(e) => change(field, e.target.value)} />;
      default:
        return <input {...common} type="text" dir="auto" list={list ? `known-${list}` : undefined} autoComplete="off" onChange={(e) => change(field, e.target.value)} />;
    }
  };

  return (
    <aside className="credit-panel" aria-label={t('media.panel.title')}>
      <h2>{many ? t('media.panel.batchTitle', { count: selection.length }) : t('media.panel.title')}</h2>
      {many && <p className="muted">{t('media.panel.batchHint')}</p>}
      <p className="muted small">{t('media.panel.codesHint')}</p>
      <TemplateBar values={values} touched={touched} append={append} onApplyTemplate={onApplyTemplate} onError={onError} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        {LAYOUT.map(({ field, kind, list }) => (
          <div className="field" key={field}>
            <label htmlFor={`credit-${field}`}>{t(`media.fields.${field}`)}</label>
            {input(field, kind, list)}
            {field === 'creators' && <span className="muted small">{t('media.panel.creatorsHint')}</span>}
            {APPENDABLE.includes(field) && (
              <label className="append">
                <input
                  type="checkbox"
                  checked={append.has(field)}
                  onChange={(e) => {
                    const next = new Set(append);
                    if (e.target.checked) next.add(field);
                    else next.delete(field);
                    setAppend(next);
                  }}
                />{' '}
                {t('media.templates.append')}
              </label>
            )}
            {errors[field] && (
              <span className="field-error" id={`credit-${field}-error`} role="alert">
                {t(errors[field])}
              </span>
            )}
          </div>
        ))}
        {(['creditLines', 'creators', 'sources'] as const).map((list) => (
          <datalist id={`known-${list}`} key={list}>
            {registry[list].map((n) => (
              <option key={n.name} value={n.name} />
            ))}
          </datalist>
        ))}
        <button type="submit" className="primary" disabled={invalid || touched.size === 0}>
          {many ? t('media.panel.applyToAll', { count: selection.length }) : t('media.panel.apply')}
        </button>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
      </form>
    </aside>
  );
}
