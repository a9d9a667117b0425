// The dispatch view: heat and electricity balances, storage, marginal cost and the design check for a period.
import { selectPeriod } from '../../store/selectors';
import { useMemo } from 'react';
import { useApp } from '../../store';
import { ModeBadge } from '../../ui/ModeBadge';
import { useT } from '../i18n';
import { BalanceChart } from './BalanceChart';
import { DispatchControls } from './DispatchControls';
import { DesignCheck } from './DesignCheck';
import { DurationCurve, MarginalTime } from './MarginalCharts';
import { periodWindow, weekWindow, type Aggregation } from './range';
import {
  FIXED_COLOURS,
  durationCurve,
  electricityChart,
  heatChart,
  marginalRows,
  storageChart,
} from './rows';
import { SeriesLegend } from './SeriesLegend';
import { StorageChart } from './StorageChart';

const SYNC = 'dispatch';

export function Dispatch() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const result = useApp((s) => s.result);
  const period = useApp(selectPeriod);
  const resolution = useApp((s) => s.resolution);
  const weekStart = useApp((s) => s.weekStart);
  const setWeekStart = useApp((s) => s.setWeekStart);
  const setResolution = useApp((s) => s.setResolution);
  const hourly = result?.hourly ?? null;
  const rep = result?.mode === 'representative';
  const periodWin = useMemo(
    () => (hourly ? periodWindow(hourly, period) : { start: 0, end: 0 }),
    [hourly, period],
  );
  const agg: Aggregation = rep || resolution === 'week' ? 'step' : 'daily';
  const win = useMemo(
    () => (!rep && resolution === 'week' ? weekWindow(periodWin, weekStart) : periodWin),
    [rep, resolution, periodWin, weekStart],
  );
  const charts = useMemo(() => {
    if (!result?.hourly) return null;
    return {
      heat: heatChart(result, win, agg),
      elec: electricityChart(result, win, agg),
      storage: storageChart(result, win, agg),
      marginal: marginalRows(result, win, agg),
      duration: durationCurve(result, periodWin),
    };
  }, [result, win, agg, periodWin]);
  if (!result) return <p className="empty">{t('status.noResult')}</p>;
  const step = agg === 'step';
  const mwAxis = step ? t('dispatch.axisMw') : t('dispatch.axisMwDaily');
  const key = `${String(period)}-${agg}-${win.start}`;
  return (
    <div className="dispatch">
      <div className="view-head">
        <DispatchControls result={result} periodWin={periodWin} />
        <ModeBadge result={result} />
      </div>
      {!charts ? (
        <p className="empty">{t('dispatch.noHourly')}</p>
      ) : (
        <>
          <figure className="card">
            <figcaption>{t('dispatch.heat')}</figcaption>
            <SeriesLegend
              series={charts.heat.series}
              lang={lang}
              line={{ label: t('dispatch.demand'), colour: FIXED_COLOURS.demand }}
            />
            <BalanceChart
              key={`heat-${key}`}
              testId="heat-chart"
              data={charts.heat}
              lang={lang}
              unit="MW"
              yLabel={mwAxis}
              height={300}
              lineKey="demand"
              lineLabel={t('dispatch.demand')}
              step={step}
              syncId={SYNC}
              brush
              onPick={
                agg === 'daily'
                  ? (row) => {
                      setWeekStart(row.t);
                      setResolution('week');
                    }
                  : undefined
              }
            />
            {agg === 'daily' ? <p className="hint">{t('dispatch.clickDay')}</p> : null}
          </figure>
          <div className="two-col">
            <figure className="card">
              <figcaption>{t('dispatch.elec')}</figcaption>
              <SeriesLegend series={charts.elec.series} lang={lang} />
              <BalanceChart
                key={`elec-${key}`}
                testId="elec-chart"
                data={charts.elec}
                lang={lang}
                unit="MW"
                yLabel={mwAxis}
                height={220}
                step={step}
                syncId={SYNC}
              />
            </figure>
            <figure className="card">
              <figcaption>{t('dispatch.storage')}</figcaption>
              {charts.storage.series.length ? (
                <>
                  <SeriesLegend series={charts.storage.series} lang={lang} />
                  <StorageChart data={charts.storage} lang={lang} step={step} syncId={SYNC} />
                </>
              ) : (
                <p className="empty">{t('dispatch.noStorage')}</p>
              )}
            </figure>
          </div>
          <div className="two-col">
            <figure className="card">
              <figcaption>
                {t('dispatch.marginal')} ({t('dispatch.axisCny')})
              </figcaption>
              {charts.marginal ? (
                <MarginalTime rows={charts.marginal} lang={lang} daily={!step} syncId={SYNC} />
              ) : (
                <p className="empty">{t('dispatch.noDuals')}</p>
              )}
            </figure>
            <figure className="card">
              <figcaption>{t('dispatch.duration')}</figcaption>
              {charts.duration ? (
                <DurationCurve points={charts.duration} lang={lang} />
              ) : (
                <p className="empty">{t('dispatch.noDuals')}</p>
              )}
            </figure>
          </div>
        </>
      )}
      <figure className="card">
        <figcaption>{t('dispatch.design')}</figcaption>
        <DesignCheck check={result.designCheck} />
      </figure>
    </div>
  );
}
