// Compare: the current scenario beside up to three bundled ones (coal, gas, all-ASHP baselines…).
import { selectPeriod } from '../../store/selectors';
import { useMemo } from 'react';
import { useApp } from '../../store';
import { selectScenarioName } from '../../store/selectors';
import { Tabs } from '../../ui/Tabs';
import { ModeBadge } from '../../ui/ModeBadge';
import { useT } from '../i18n';
import { CompareCharts } from './CompareCharts';
import { DeltaTable } from './DeltaTable';
import { sharedPeriods, type CompareColumn } from './rows';

/** Key of the season tab (period ids start with a lower-case letter, so none can be this). */
const SEASON_TAB = '(season)';

export function Compare() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const result = useApp((s) => s.result);
  const name = useApp(selectScenarioName);
  const bundled = useApp((s) => s.bundled);
  const ids = useApp((s) => s.compareIds);
  const entries = useApp((s) => s.compareEntries);
  const toggle = useApp((s) => s.toggleCompare);
  const period = useApp(selectPeriod);
  const setPeriod = useApp((s) => s.setPeriod);
  const cols = useMemo<CompareColumn[]>(() => {
    const out: CompareColumn[] = result ? [{ key: 'current', name, result }] : [];
    for (const id of ids) {
      const e = entries[id];
      if (e?.result) out.push({ key: id, name: (lang === 'zh' && e.nameZh) || e.name, result: e.result });
    }
    return out;
  }, [result, name, ids, entries, lang]);
  // Period tabs: only periods every compared scenario has (matched by id); the season always.
  const shared = sharedPeriods(cols);
  const items = shared.map((p) => ({ key: p.id, label: p.label[lang] }));
  const chosenId = period === 'season' ? null : (result?.periods[period]?.id ?? null);
  const comparePeriod = shared.some((p) => p.id === chosenId) ? chosenId : null;
  const choose = (id: string) => {
    const index = result?.periods.findIndex((p) => p.id === id) ?? -1;
    setPeriod(id === SEASON_TAB || index < 0 ? 'season' : index);
  };
  return (
    <div className="compare">
      <div className="view-head">
        <h2>{t('compare.title')}</h2>
        {result ? <ModeBadge result={result} /> : null}
      </div>
      <fieldset className="card pick">
        <legend>{t('compare.pick')}</legend>
        <span className="current-chip">{t('compare.current', { name })}</span>
        {bundled.map((b) => {
          const e = entries[b.id];
          const on = ids.includes(b.id);
          return (
            <label key={b.id} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && ids.length >= 3}
                onChange={() => toggle(b.id)}
                data-testid={`compare-${b.id}`}
              />
              <span>{(lang === 'zh' && b.nameZh) || b.name}</span>
              {e && (e.status === 'loading' || e.status === 'solving') ? (
                <span className="badge">{t('compare.solving')}</span>
              ) : null}
              {e?.status === 'error' ? (
                <span className="badge badge-error">{t('compare.failed', { message: e.error ?? '' })}</span>
              ) : null}
            </label>
          );
        })}
      </fieldset>
      {cols.length < 2 ? (
        <p className="empty">{t('compare.empty')}</p>
      ) : (
        <>
          <Tabs
            label={t('dispatch.period')}
            idBase="cmp-period"
            className="subtabs"
            items={[...items, { key: SEASON_TAB, label: t('overview.season') }]}
            value={comparePeriod ?? SEASON_TAB}
            onChange={choose}
          />
          {shared.length < (result?.periods.length ?? 0) ? (
            <p className="hint">{t('compare.periodsDiffer')}</p>
          ) : null}
          <CompareCharts cols={cols} period={comparePeriod} />
          <DeltaTable cols={cols} period={comparePeriod} />
        </>
      )}
    </div>
  );
}
