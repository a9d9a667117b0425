// The design check (MODEL §2) as a table and a grouped bar chart, and its warnings.
import type { DesignCheck, DesignCheckPoint } from '../results/types';
import { formatNumber, instanceLabel, num } from './format';
import { tr } from './strings';
import type { GroupedBarChart, ReportLang, Row, Table } from './types';
import type { InstanceInfo } from '../results/types';

const LOAD_COLOUR = '#2c3e50';
const FIRM_COLOUR = '#27ae60';
const FIRM_N1_COLOUR = '#f39c12';

/** Name of a check point: "Design hour (−10.1 °C)" / "Coldest hour 01-03 11:00 (−18.0 °C)". */
export function pointLabel(p: DesignCheckPoint, lang: ReportLang): string {
  const t = formatNumber(p.tOutC, 1, lang);
  return p.kind === 'design'
    ? tr(lang, 'designHour', { t })
    : tr(lang, 'coldestHour', { t, when: p.when ?? '' });
}

/** Load, firm capacity and margins at each point, with N−1; negative margins are flagged. */
export function designTable(dc: DesignCheck, instances: readonly InstanceInfo[], lang: ReportLang): Table {
  const rows: Row[] = dc.points.map((p) => {
    const out = p.nMinus1 ? instances.find((i) => i.id === p.nMinus1!.unitOut) : undefined;
    const negative = p.marginMw < 0 || (p.nMinus1 !== null && p.nMinus1.marginMw < 0);
    return {
      cells: [
        pointLabel(p, lang),
        num(p.tOutC, 1),
        num(p.peakLoadMw, 2),
        num(p.firmCapacityMw, 2),
        num(p.marginMw, 2),
        p.nMinus1
          ? `${out ? instanceLabel(out, instances, lang) : p.nMinus1.unitOut} (${formatNumber(p.nMinus1.unitMw, 1, lang)} MW)`
          : '—',
        p.nMinus1 ? num(p.nMinus1.firmCapacityMw, 2) : null,
        p.nMinus1 ? num(p.nMinus1.marginMw, 2) : null,
      ],
      ...(negative ? { tone: 'warn' as const } : {}),
    };
  });
  return {
    id: 'designCheck',
    title: tr(lang, 'designTable'),
    columns: [
      { label: tr(lang, 'designPoint'), unit: '' },
      { label: tr(lang, 'outdoor'), unit: '°C' },
      { label: tr(lang, 'peakLoad'), unit: 'MW' },
      { label: tr(lang, 'firm'), unit: 'MW' },
      { label: tr(lang, 'margin'), unit: 'MW' },
      { label: tr(lang, 'unitOut'), unit: '' },
      { label: tr(lang, 'firmN1'), unit: 'MW' },
      { label: tr(lang, 'marginN1'), unit: 'MW' },
    ],
    rows,
  };
}

/** Per-unit firm capacity at each point (instance rows × point columns). */
export function firmByInstanceTable(
  dc: DesignCheck,
  instances: readonly InstanceInfo[],
  lang: ReportLang,
): Table {
  const ids = [...new Set(dc.points.flatMap((p) => p.byInstance.map((b) => b.id)))];
  const rows: Row[] = ids.map((id) => {
    const inst = instances.find((i) => i.id === id);
    return {
      cells: [
        inst ? instanceLabel(inst, instances, lang) : id,
        ...dc.points.map((p) => {
          const b = p.byInstance.find((x) => x.id === id);
          return b ? num(b.firmMw, 2) : null;
        }),
      ],
    };
  });
  return {
    id: 'firmByInstance',
    title: tr(lang, 'firm'),
    columns: [
      { label: tr(lang, 'instance'), unit: '' },
      ...dc.points.map((p) => ({ label: pointLabel(p, lang), unit: 'MW' })),
    ],
    rows,
  };
}

/** Grouped bars: peak load, firm capacity and firm capacity N−1 at each point. */
export function designChart(dc: DesignCheck, lang: ReportLang): GroupedBarChart {
  return {
    kind: 'groupedBar',
    id: 'designCheck',
    title: tr(lang, 'designChart'),
    unit: 'MW',
    digits: 1,
    categories: dc.points.map((p) => pointLabel(p, lang)),
    series: [
      {
        key: 'load',
        label: tr(lang, 'peakLoad'),
        colour: LOAD_COLOUR,
        values: dc.points.map((p) => p.peakLoadMw),
      },
      {
        key: 'firm',
        label: tr(lang, 'firm'),
        colour: FIRM_COLOUR,
        values: dc.points.map((p) => p.firmCapacityMw),
      },
      {
        key: 'firmN1',
        label: tr(lang, 'firmN1'),
        colour: FIRM_N1_COLOUR,
        values: dc.points.map((p) => p.nMinus1?.firmCapacityMw ?? p.firmCapacityMw),
      },
    ],
  };
}

/** Warnings for every point whose margin (or N−1 margin) is negative. */
export function designWarnings(dc: DesignCheck, lang: ReportLang): string[] {
  const out: string[] = [];
  for (const p of dc.points) {
    const worst = Math.min(p.marginMw, p.nMinus1?.marginMw ?? Infinity);
    if (worst < 0)
      out.push(
        tr(lang, 'designNegative', { point: pointLabel(p, lang), margin: formatNumber(worst, 2, lang) }),
      );
  }
  return out;
}
