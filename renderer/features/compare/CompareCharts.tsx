// Compare bars: operating cost, CO2 and standard coal per scenario, and each scenario's heat mix.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { NumericKpi } from '../../../solver/results/labels';
import { technologyColour } from '../../../solver/catalog';
import { useApp } from '../../store';
import { AXIS_TICK, GRID_STROKE, axisNumber } from '../../ui/chart';
import { formatKpi, formatNumber, kpiLabel, techLabel, useT } from '../i18n';
import { metricRows, mixRows, type CompareColumn, type ComparePeriod } from './rows';

/** Scenario colours in the compare bars (current first); not technology colours. */
const SCENARIO_COLOURS = ['#0f766e', '#475569', '#b45309', '#6d28d9'];
const METRICS: readonly NumericKpi[] = ['operatingCostCny', 'co2T', 'islandTce'];

export function CompareCharts({ cols, period }: { cols: readonly CompareColumn[]; period: ComparePeriod }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rows = metricRows(cols, METRICS, period);
  const mix = mixRows(cols, period);
  const h = Math.max(120, cols.length * 34 + 34);
  return (
    <>
      <ul className="legend scenario-legend">
        {cols.map((c, i) => (
          <li key={c.key}>
            <span className="swatch" style={{ background: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] }} />
            {c.name}
          </li>
        ))}
      </ul>
      <div className="three-col">
        {METRICS.map((m) => (
          <figure className="card" key={m} data-testid={`compare-bars-${m}`}>
            <figcaption>{kpiLabel(m, lang)}</figcaption>
            <BarChart
              key={lang}
              layout="vertical"
              responsive
              style={{ width: '100%', height: h }}
              data={rows}
              margin={{ top: 4, right: 124, bottom: 4, left: 8 }}
            >
              <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
              <XAxis type="number" tick={AXIS_TICK} tickFormatter={axisNumber(lang)} />
              <YAxis type="category" dataKey="name" hide />
              <Tooltip formatter={(v) => [formatKpi(m, Number(v), lang), kpiLabel(m, lang)]} />
              <Bar dataKey={m} isAnimationActive={false}>
                {rows.map((r, i) => (
                  <Cell key={r.key} fill={SCENARIO_COLOURS[i % SCENARIO_COLOURS.length]} />
                ))}
                <LabelList
                  dataKey={m}
                  position="right"
                  className="bar-label"
                  fill="#374151"
                  formatter={(v: unknown) => formatKpi(m, Number(v), lang)}
                />
              </Bar>
            </BarChart>
          </figure>
        ))}
      </div>
      <figure className="card" data-testid="compare-mix">
        <figcaption>{t('compare.mix')}</figcaption>
        <BarChart
          key={lang}
          layout="vertical"
          responsive
          style={{ width: '100%', height: h }}
          data={mix.rows}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={AXIS_TICK} />
          <YAxis type="category" dataKey="name" width={200} tick={AXIS_TICK} interval={0} />
          <Tooltip
            formatter={(v, name) => [`${formatNumber(Number(v), lang, 1)} %`, techLabel(String(name), lang)]}
          />
          {mix.types.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              stackId="mix"
              fill={technologyColour(type)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
        <ul className="legend">
          {mix.types.map((type) => (
            <li key={type}>
              <span className="swatch" style={{ background: technologyColour(type) }} />
              {techLabel(type, lang)}
            </li>
          ))}
        </ul>
      </figure>
    </>
  );
}
