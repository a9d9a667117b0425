// Where the heat comes from: season MWh and share per technology, and the mix of each period.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { DispatchResult } from '../../../solver/results/types';
import { useApp } from '../../store';
import { AXIS_TICK, GRID_STROKE, axisNumber } from '../../ui/chart';
import { formatNumber, techLabel, useT } from '../i18n';
import { SEASON_KEY, heatMix, mixByPeriod } from './rows';

export function EnergyMix({ result }: { result: DispatchResult }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const mix = heatMix(result.season).map((m) => ({ ...m, name: techLabel(m.type, lang) }));
  const byPeriod = mixByPeriod(result);
  const periodName = (id: string) =>
    id === SEASON_KEY ? t('overview.season') : (result.periods.find((p) => p.id === id)?.label[lang] ?? id);
  const barHeight = 30;
  return (
    <div className="mix">
      <figure className="card" data-testid="energy-mix">
        <figcaption>{t('overview.mix')}</figcaption>
        <BarChart
          key={lang}
          layout="vertical"
          responsive
          style={{ width: '100%', height: mix.length * barHeight + 40 }}
          data={mix}
          margin={{ top: 4, right: 150, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={axisNumber(lang)} unit=" MWh" />
          <YAxis type="category" dataKey="name" width={190} tick={AXIS_TICK} interval={0} />
          <Bar dataKey="mwh" isAnimationActive={false} name="MWh">
            {mix.map((m) => (
              <Cell key={m.type} fill={m.colour} />
            ))}
            <LabelList
              dataKey="mwh"
              position="right"
              className="bar-label"
              fill="#374151"
              formatter={(v: unknown) => {
                const m = mix.find((x) => x.mwh === v);
                return `${formatNumber(Number(v), lang)} MWh · ${formatNumber((m?.share ?? 0) * 100, lang, 1)} %`;
              }}
            />
          </Bar>
        </BarChart>
      </figure>
      <figure className="card" data-testid="mix-by-period">
        <figcaption>{t('overview.mixByPeriod')}</figcaption>
        <BarChart
          key={lang}
          responsive
          style={{ width: '100%', height: mix.length * barHeight + 40 }}
          data={byPeriod.rows}
          margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="x" tick={AXIS_TICK} tickFormatter={periodName} />
          <YAxis tick={AXIS_TICK} unit=" %" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
          <Tooltip
            labelFormatter={(id) => periodName(String(id))}
            formatter={(v, name) => [`${formatNumber(Number(v), lang, 1)} %`, techLabel(String(name), lang)]}
          />
          {byPeriod.types.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              stackId="mix"
              fill={mix.find((m) => m.type === type)?.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </figure>
    </div>
  );
}
