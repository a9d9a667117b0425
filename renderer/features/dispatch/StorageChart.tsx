// Storage level of each store (% of its capacity; the tooltip also gives MWh).
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Lang } from '../../../electron/shared/ipc-contract';
import { AXIS_TICK, CHART_MARGIN, GRID_STROKE, dayTicks } from '../../ui/chart';
import { formatNumber } from '../i18n/format';
import { ChartTooltip } from './ChartTooltip';
import { seriesName, tickX } from './names';
import type { ChartData } from './rows';

export function StorageChart({
  data,
  lang,
  step,
  syncId,
}: {
  data: ChartData;
  lang: Lang;
  step: boolean;
  syncId: string;
}) {
  return (
    <LineChart
      key={lang}
      responsive
      style={{ width: '100%', height: 200 }}
      data={data.rows}
      margin={CHART_MARGIN}
      syncId={syncId}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        dataKey="x"
        tick={AXIS_TICK}
        tickFormatter={(x: string) => tickX(x, lang)}
        minTickGap={28}
        ticks={dayTicks(data.rows)}
      />
      <YAxis tick={AXIS_TICK} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={56} />
      <Tooltip
        isAnimationActive={false}
        content={(tp) => (
          <ChartTooltip
            active={tp.active}
            payload={tp.payload}
            series={data.series}
            lang={lang}
            unit="%"
            digits={1}
            extra={(row) =>
              data.series.map((s) => ({
                label: seriesName(s, lang),
                value: `${formatNumber(Number(row[`${s.key}_mwh`] ?? 0), lang, 2)} MWh`,
              }))
            }
          />
        )}
      />
      {data.series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          type={step ? 'stepAfter' : 'monotone'}
          stroke={s.colour}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
