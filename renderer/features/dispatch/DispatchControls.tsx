// Period tabs (early / deep / late / season), daily vs hourly-week resolution, and the week picker.
import { selectPeriod } from '../../store/selectors';
import type { DispatchResult } from '../../../solver/results/types';
import { useApp, type PeriodChoice } from '../../store';
import { Tabs } from '../../ui/Tabs';
import { useT } from '../i18n';
import { weekWindow, weeksOf, type StepWindow } from './range';

export function DispatchControls({ result, periodWin }: { result: DispatchResult; periodWin: StepWindow }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const period = useApp(selectPeriod);
  const setPeriod = useApp((s) => s.setPeriod);
  const resolution = useApp((s) => s.resolution);
  const setResolution = useApp((s) => s.setResolution);
  const weekStart = useApp((s) => s.weekStart);
  const setWeekStart = useApp((s) => s.setWeekStart);
  const rep = result.mode === 'representative';
  const items: { key: PeriodChoice; label: string; testId: string }[] = [
    ...result.periods.map((p, i) => ({
      key: i as PeriodChoice,
      label: p.label[lang],
      testId: `period-${p.id}`,
    })),
    { key: 'season', label: t('overview.season'), testId: 'period-season' },
  ];
  const weeks = result.hourly && !rep ? weeksOf(result.hourly, periodWin) : [];
  const current = weekWindow(periodWin, weekStart).start;
  return (
    <div className="controls">
      <Tabs
        label={t('dispatch.period')}
        idBase="period"
        items={items}
        value={period}
        onChange={setPeriod}
        className="subtabs"
      />
      {rep ? (
        <span className="hint">{t('dispatch.typicalDays')}</span>
      ) : (
        <>
          <div className="segmented" role="radiogroup" aria-label={t('dispatch.resolution')}>
            {(['daily', 'week'] as const).map((r) => (
              <button
                key={r}
                type="button"
                role="radio"
                aria-checked={resolution === r}
                data-testid={`resolution-${r}`}
                onClick={() => setResolution(r)}
              >
                {r === 'daily' ? t('dispatch.daily') : t('dispatch.week')}
              </button>
            ))}
          </div>
          {resolution === 'week' ? (
            <label className="inline-field">
              {t('dispatch.weekPick')}
              <select
                value={
                  weeks.find((w) => w.start <= current && current < w.start + 168)?.start ??
                  weeks[0]?.start ??
                  0
                }
                onChange={(e) => setWeekStart(Number(e.target.value))}
              >
                {weeks.map((w) => (
                  <option key={w.start} value={w.start}>
                    {w.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      )}
    </div>
  );
}
