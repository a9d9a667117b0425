// Says which mode (season / representative) and solver produced the figures beside it.
import type { DispatchResult } from '../../solver/results/types';
import { useT } from '../features/i18n';
import { typicalDaysOf } from '../store/selectors';

export function ModeBadge({ result }: { result: DispatchResult }) {
  const t = useT();
  const k = typicalDaysOf(result);
  const text =
    result.mode === 'season' ? t('status.mode.season') : t('status.mode.representative', { k: k ?? '?' });
  return (
    <span
      className={`badge badge-mode mode-${result.mode}`}
      data-testid="mode-badge"
      title={`${result.backend} · ${result.status}`}
    >
      {text} · {result.backend === 'highs' ? 'HiGHS' : 'javascript-lp-solver'}
    </span>
  );
}
