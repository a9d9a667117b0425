// Marginal heat cost (dual of the heat balance) over time, and as a duration curve.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Lang } from '../../../electron/shared/ipc-contract';
import { AXIS_TICK, CHART_MARGIN, GRID_STROKE, axisNumber, dayTicks, niceTicks } from '../../ui/chart';
import { formatNumber, translate } from '../i18n/format';
import { showX, tickX } from './names';
import type { Row } from './rows';

const COLOUR = '#7c3aed';
const MAX_COLOUR = '#c4b5fd';

export function MarginalTime({
  rows,
  lang,
  daily,
  syncId,
}: {
  rows: Row[];
  lang: Lang;
  daily: boolean;
  syncId: string;
}) {
  const unit = translate(lang, 'dispatch.axisCny');
  const values = rows.map((r) => Number(daily ? r['max'] : r['mean']));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  return (
    <LineChart
      key={lang}
      responsive
      style={{ width: '100%', height: 200 }}
      data={rows}
      margin={CHART_MARGIN}
      syncId={syncId}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        dataKey="x"
        tick={AXIS_TICK}
        tickFormatter={(x: string) => tickX(x, lang)}
        minTickGap={28}
        ticks={dayTicks(rows)}
      />
      <YAxis
        tick={AXIS_TICK}
        tickFormatter={axisNumber(lang)}
        width={56}
        ticks={ticks}
        domain={[ticks[0]!, ticks.at(-1)!]}
      />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(x) => showX(String(x), lang)}
        formatter={(v, name) => [
          `${formatNumber(Number(v), lang, 1)} ${unit}`,
          name === 'max' ? translate(lang, 'dispatch.max') : translate(lang, 'dispatch.mean'),
        ]}
      />
      {daily ? (
        <Line
          dataKey="max"
          type="monotone"
          stroke={MAX_COLOUR}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        dataKey="mean"
        type={daily ? 'monotone' : 'stepAfter'}
        stroke={COLOUR}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export function DurationCurve({ points, lang }: { points: { hours: number; value: number }[]; lang: Lang }) {
  const unit = translate(lang, 'dispatch.axisCny');
  const hours = points.at(-1)?.hours ?? 0;
  const xTicks = niceTicks(0, hours, 6).filter((h) => h <= hours);
  const values = points.map((p) => p.value);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  return (
    <LineChart
      key={lang}
      responsive
      style={{ width: '100%', height: 200 }}
      data={points}
      margin={CHART_MARGIN}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        dataKey="hours"
        type="number"
        tick={AXIS_TICK}
        domain={[0, hours]}
        ticks={xTicks}
        tickFormatter={axisNumber(lang)}
        unit=" h"
      />
      <YAxis
        tick={AXIS_TICK}
        tickFormatter={axisNumber(lang)}
        width={56}
        ticks={yTicks}
        domain={[yTicks[0]!, yTicks.at(-1)!]}
      />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(h) => `${formatNumber(Number(h), lang)} h`}
        formatter={(v) => [
          `${formatNumber(Number(v), lang, 1)} ${unit}`,
          translate(lang, 'dispatch.marginal'),
        ]}
      />
      <Line
        dataKey="value"
        type="stepAfter"
        stroke={COLOUR}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
