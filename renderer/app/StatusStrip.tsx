// Always-visible strip: headline figures of the last good result, its mode, and the live solve status.
import type { NumericKpi } from '../../solver/results/labels';
import { KpiValue } from '../features/overview/KpiCards';
import { formatNumber, kpiLabel, useT, type MessageKey } from '../features/i18n';
import { useApp } from '../store';
import { phaseFraction, selectStale } from '../store/selectors';
import { ModeBadge } from '../ui/ModeBadge';

const STRIP: readonly NumericKpi[] = ['operatingCostCny', 'costCnyPerGJ', 'co2T', 'geothermalShare'];

function SolveStatus() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const solve = useApp((s) => s.solve);
  const valid = useApp((s) => s.valid);
  const issues = useApp((s) => s.issues.length);
  const stale = useApp(selectStale);
  const lastMs = useApp((s) => s.lastSolveMs);
  const result = useApp((s) => s.result);
  const cancel = useApp((s) => s.cancelSolve);
  const setView = useApp((s) => s.setView);
  if (solve.kind === 'solving') {
    const frac = phaseFraction(solve.phase);
    return (
      <div className="solve-status solving" data-testid="solve-status" data-state="solving">
        <div
          className="progress"
          role="progressbar"
          aria-label={t('status.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(frac * 100)}
        >
          <div className="progress-fill" style={{ width: `${frac * 100}%` }} />
        </div>
        <span>
          {t('status.solving')} {t(`status.phase.${solve.phase}` as MessageKey)} ·{' '}
          {t('status.seconds', { s: formatNumber(solve.elapsedMs / 1000, lang, 1) })}
        </span>
        <button type="button" onClick={cancel} data-testid="cancel-solve">
          {t('status.cancel')}
        </button>
      </div>
    );
  }
  if (!valid) {
    return (
      <button
        type="button"
        className="solve-status invalid"
        data-testid="solve-status"
        data-state="invalid"
        onClick={() => setView('editor')}
      >
        ⚠ {t('status.invalid', { n: issues })}
      </button>
    );
  }
  if (solve.kind === 'error') {
    return (
      <div className="solve-status failed" role="alert" data-testid="solve-status" data-state="error">
        ⚠ {t('status.failed', { message: solve.error.message })}
      </div>
    );
  }
  const notOptimal = result && result.status !== 'optimal';
  return (
    <div
      className={`solve-status${notOptimal ? ' failed' : ''}`}
      data-testid="solve-status"
      data-state={!result ? 'empty' : stale ? 'stale' : 'idle'}
    >
      {notOptimal ? `⚠ ${t('status.notOptimal', { status: result.status })}` : null}
      {stale ? t('status.stale') : null}
      {!stale && !notOptimal && lastMs !== null
        ? `✓ ${t('status.solvedIn', { s: formatNumber(lastMs / 1000, lang, 1) })}${result?.warmStart ? ` · ${t('status.warm')}` : ''}`
        : null}
    </div>
  );
}

export function StatusStrip() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const result = useApp((s) => s.result);
  const stale = useApp(selectStale);
  const k = result?.season;
  return (
    <section className={`strip${stale ? ' stale' : ''}`} aria-label={t('strip.label')} data-testid="strip">
      <div className="strip-kpis">
        {k
          ? STRIP.map((key) => (
              <div className="strip-kpi" key={key} data-testid={`strip-${key}`}>
                <span className="strip-label">{kpiLabel(key, lang)}</span>
                <KpiValue k={key} value={k[key]} />
              </div>
            ))
          : null}
        {k && k.unservedHeatMWh > 0 ? (
          <div className="strip-kpi alarm" data-testid="strip-unserved">
            <span className="strip-label">{kpiLabel('unservedHeatMWh', lang)}</span>
            <KpiValue k="unservedHeatMWh" value={k.unservedHeatMWh} />
          </div>
        ) : null}
      </div>
      <div className="strip-status">
        {result ? <ModeBadge result={result} /> : null}
        <SolveStatus />
      </div>
    </section>
  );
}
