// Tooltip listing every series of a chart at the hovered row, with its colour, value and unit.
import type { Lang } from '../../../electron/shared/ipc-contract';
import { formatNumber } from '../i18n/format';
import { seriesName, showX } from './names';
import type { Row, SeriesDef } from './rows';

interface Props {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  readonly series: readonly SeriesDef[];
  readonly lang: Lang;
  readonly unit: string;
  readonly digits?: number;
  /** Extra lines (demand, totals) after the series. */
  readonly extra?: (row: Row) => readonly { label: string; value: string; strong?: boolean }[];
}

export function ChartTooltip({ active, payload, series, lang, unit, digits = 2, extra }: Props) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <div className="tt-title">{showX(row.x, lang)}</div>
      <table>
        <tbody>
          {series.map((s) => {
            const v = Number(row[s.key] ?? 0);
            return (
              <tr key={s.key} className={Math.abs(v) < 1e-9 ? 'zero' : undefined}>
                <td>
                  <span className="swatch" style={{ background: s.colour }} />
                  {seriesName(s, lang)}
                </td>
                <td className="num-cell">
                  {formatNumber(v, lang, digits)} {unit}
                </td>
              </tr>
            );
          })}
          {(extra?.(row) ?? []).map((e) => (
            <tr key={e.label} className={e.strong ? 'strong' : undefined}>
              <td>{e.label}</td>
              <td className="num-cell">{e.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
