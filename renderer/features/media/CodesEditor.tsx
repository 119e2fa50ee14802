// Code replacements (קודי החלפה): the saved `=code=` texts of the repository.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeNameSchema, type CodeTable } from '../../../shared/media/codeReplacements';
import { ktav, unwrap } from '../../platform/api';

export function CodesEditor({ codes, onChange, onError }: { codes: CodeTable; onChange: (c: CodeTable) => void; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const save = async (next: CodeTable) => {
    try {
      onChange(unwrap(await ktav.media.setCodes({ codes: next })));
    } catch (error) {
      onError((error as Error).message);
    }
  };
  const valid = codeNameSchema.safeParse(code.trim()).success && text.trim() !== '';
  return (
    <details className="media-tool">
      <summary>{t('media.codes.title')}</summary>
      <table>
        <tbody>
          {Object.entries(codes).map(([c, v]) => (
            <tr key={c}>
              <td dir="ltr">={c}=</td>
              <td dir="auto">{v}</td>
              <td>
                <button type="button" onClick={() => void save(Object.fromEntries(Object.entries(codes).filter(([k]) => k !== c)))}>
                  {t('media.codes.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          void save({ ...codes, [code.trim()]: text.trim() });
          setCode('');
          setText('');
        }}
      >
        <label>
          {t('media.codes.code')} <input value={code} dir="ltr" size={8} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label>
          {t('media.codes.text')} <input value={text} dir="auto" onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={!valid}>
          {t('media.codes.add')}
        </button>
      </form>
    </details>
  );
}
