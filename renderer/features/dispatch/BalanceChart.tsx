// A stacked balance over time: areas above and below zero (stackOffset sign), an optional line, brush zoom.
import {
  Area,
  Brush,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Lang } from '../../../electron/shared/ipc-contract';
import { AXIS_TICK, CHART_MARGIN, GRID_STROKE, axisNumber, dayTicks } from '../../ui/chart';
import { formatNumber } from '../i18n/format';
import { ChartTooltip } from './ChartTooltip';
import { tickX } from './names';
import type { ChartData, Row } from './rows';

interface Props {
  readonly data: ChartData;
  readonly lang: Lang;
  readonly unit: string;
  readonly yLabel: string;
  readonly height: number;
  /** Series key drawn as a line over the stack (heat demand). */
  readonly lineKey?: string;
  readonly lineLabel?: string;
  readonly lineColour?: string;
  /** Step areas for hourly rows (a dispatch holds for the hour), smooth for daily means. */
  readonly step: boolean;
  readonly onPick?: (row: Row) => void;
  readonly syncId?: string;
  readonly brush?: boolean;
  readonly testId?: string;
}

export function BalanceChart(p: Props) {
  const total = (row: Row) => p.data.series.reduce((acc, s) => acc + Math.max(0, Number(row[s.key] ?? 0)), 0);
  return (
    <div data-testid={p.testId} className="chart-box">
      <ComposedChart
        key={p.lang}
        responsive
        style={{ width: '100%', height: p.height }}
        data={p.data.rows}
        stackOffset="sign"
        margin={CHART_MARGIN}
        syncId={p.syncId}
        onClick={(state) => {
          const i = Number(state.activeTooltipIndex);
          const row = Number.isInteger(i) ? p.data.rows[i] : undefined;
          if (row && p.onPick) p.onPick(row);
        }}
        className={p.onPick ? 'clickable' : undefined}
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis
          dataKey="x"
          tick={AXIS_TICK}
          tickFormatter={(x: string) => tickX(x, p.lang)}
          minTickGap={28}
          ticks={dayTicks(p.data.rows)}
        />
        <YAxis
          tick={AXIS_TICK}
          tickFormatter={axisNumber(p.lang)}
          width={56}
          label={{
            value: p.yLabel,
            angle: -90,
            position: 'insideLeft',
            offset: 4,
            style: { fontSize: 12, fill: '#374151', textAnchor: 'middle' },
          }}
        />
        <ReferenceLine y={0} stroke="#6b7280" />
        <Tooltip
          isAnimationActive={false}
          content={(tp) => (
            <ChartTooltip
              active={tp.active}
              payload={tp.payload}
              series={p.data.series}
              lang={p.lang}
              unit={p.unit}
              extra={(row) => [
                ...(p.lineKey
                  ? [
                      {
                        label: p.lineLabel ?? p.lineKey,
                        value: `${formatNumber(Number(row[p.lineKey] ?? 0), p.lang, 2)} ${p.unit}`,
                        strong: true,
                      },
                    ]
                  : []),
                { label: '∑ +', value: `${formatNumber(total(row), p.lang, 2)} ${p.unit}` },
              ]}
            />
          )}
        />
        {p.data.series.map((s) => (
          <Area
            key={s.key}
            dataKey={s.key}
            stackId="balance"
            type={p.step ? 'stepAfter' : 'linear'}
            stroke={s.colour}
            strokeWidth={0.5}
            fill={s.colour}
            fillOpacity={s.note === 'charge' || s.note === 'chargeEl' ? 0.5 : 0.85}
            isAnimationActive={false}
            activeDot={false}
          />
        ))}
        {p.lineKey ? (
          <Line
            dataKey={p.lineKey}
            type={p.step ? 'stepAfter' : 'monotone'}
            stroke={p.lineColour ?? '#111827'}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
        {p.brush ? (
          <Brush
            dataKey="x"
            height={22}
            travellerWidth={8}
            stroke="#475569"
            tickFormatter={(x: string) => tickX(x, p.lang)}
          />
        ) : null}
      </ComposedChart>
    </div>
  );
}
