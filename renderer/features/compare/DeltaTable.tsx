// Table of every compared KPI with its difference from the chosen reference scenario.
import { Fragment } from 'react';
import { kpiLabelOf } from '../../../solver/results/labels';
import { useApp } from '../../store';
import { formatKpi, formatSigned, kpiLabel, useT } from '../i18n';
import { deltaRows, deltaTone, type CompareColumn, type ComparePeriod } from './rows';

export function DeltaTable({ cols, period }: { cols: readonly CompareColumn[]; period: ComparePeriod }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const ref = useApp((s) => s.compareRef);
  const setRef = useApp((s) => s.setCompareRef);
  const refKey = cols.some((c) => c.key === ref) ? ref : 'current';
  const rows = deltaRows(cols, refKey, period);
  return (
    <figure className="card">
      <figcaption>
        {t('compare.deltas')}
        <label className="inline-field">
          {t('compare.reference')}
          <select value={refKey} onChange={(e) => setRef(e.target.value)}>
            {cols.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </figcaption>
      <div className="table-scroll">
        <table className="data-table delta-table" data-testid="delta-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('overview.kpi')}
              </th>
              {cols.map((c) => (
                <th scope="colgroup" key={c.key} className="group-head" colSpan={c.key === refKey ? 1 : 2}>
                  {c.name}
                </th>
              ))}
            </tr>
            <tr>
              {cols.map((c) => (
                <Fragment key={c.key}>
                  <th scope="col" className="num-cell sub-head">
                    {t('compare.value')}
                  </th>
                  {c.key === refKey ? null : (
                    <th scope="col" className="num-cell sub-head">
                      Δ
                    </th>
                  )}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const l = kpiLabelOf(r.key);
              const pct = l.unit === '%';
              return (
                <tr key={r.key}>
                  <th scope="row">{kpiLabel(r.key, lang)}</th>
                  {r.cells.map((c, i) => {
                    const isRef = cols[i]!.key === refKey;
                    const cell = <td className="num-cell">{formatKpi(r.key, c.value, lang)}</td>;
                    if (isRef || c.delta === null) return <Fragment key={i}>{cell}</Fragment>;
                    const tone = deltaTone(r.key, c.delta);
                    return (
                      <Fragment key={i}>
                        {cell}
                        <td
                          className={`num-cell delta ${tone}`}
                          data-testid={`delta-${cols[i]!.key}-${r.key}`}
                        >
                          {pct
                            ? t('unit.pp', { x: formatSigned(c.delta * 100, lang, l.digits) })
                            : `${formatSigned(c.delta, lang, l.digits)} ${l.unit}`}
                          {!pct && c.deltaPct !== null ? (
                            <span className="pct"> ({formatSigned(c.deltaPct * 100, lang, 1)} %)</span>
                          ) : null}
                        </td>
                      </Fragment>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Δ = {t('compare.value')} − {cols.find((c) => c.key === refKey)?.name}
      </p>
    </figure>
  );
}
