// Legend of a chart's series (wraps; colours from the catalog).
import type { Lang } from '../../../electron/shared/ipc-contract';
import { seriesName } from './names';
import type { SeriesDef } from './rows';

export function SeriesLegend({
  series,
  lang,
  line,
}: {
  series: readonly SeriesDef[];
  lang: Lang;
  line?: { label: string; colour: string };
}) {
  return (
    <ul className="legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ background: s.colour }} />
          {seriesName(s, lang)}
        </li>
      ))}
      {line ? (
        <li>
          <span className="swatch line" style={{ borderColor: line.colour }} />
          {line.label}
        </li>
      ) : null}
    </ul>
  );
}
