// The gate's findings as two lists, errors first, each with its place, what was found and the fix.
import { useTranslation } from 'react-i18next';
import type { GateFinding, GateReport } from '../../../shared/model/export';

function Finding({ f }: { f: GateFinding }) {
  const { t } = useTranslation();
  return (
    <li className={`gate-finding gate-${f.severity}`} data-code={f.code}>
      <strong>{f.place.label}:</strong> {f.message}
      {f.found ? <> <span className="gate-found">{t('export.found', { text: f.found })}</span></> : null}
      {f.fix ? <> <span className="gate-fix">{t('export.fix', { text: f.fix })}</span></> : null}
    </li>
  );
}

export function GateFindings({ gate }: { gate: GateReport }) {
  const { t } = useTranslation();
  return (
    <section className="gate" aria-labelledby="gate-title" data-testid="gate">
      <h2 id="gate-title">{t('export.gate')}</h2>
      <p role="status">{gate.ok ? t('export.ready') : t('export.blocked')}</p>
      {gate.errors.length > 0 && (
        <>
          <h3>{t('export.errors', { count: gate.errors.length })}</h3>
          <ul data-testid="gate-errors">
            {gate.errors.map((f, i) => <Finding key={i} f={f} />)}
          </ul>
        </>
      )}
      {gate.warnings.length > 0 && (
        <>
          <h3>{t('export.warnings', { count: gate.warnings.length })}</h3>
          <ul data-testid="gate-warnings">
            {gate.warnings.map((f, i) => <Finding key={i} f={f} />)}
          </ul>
        </>
      )}
    </section>
  );
}
