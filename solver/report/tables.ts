// Typed tables of the report (KPIs, periods, technologies, costs, storage, constraints, design check, comparison).
import {
  COST_CATEGORIES,
  KPI_LABELS,
  fuelKpis,
  kpiValue,
  type KpiKey,
  type NumericKpi,
} from '../results/labels';
import { costContribution } from '../results/sign';
import type { DispatchResult, Kpis, PeriodKpis } from '../results/types';
import { autoDigits, instanceLabel, kpiCell, kpiLabel, kpiUnit, num, techLabel, techOrder } from './format';
import { tr } from './strings';
import type { Column, ReportLang, Row, Table } from './types';

/** Every KPI row: the numeric KPIs in the order of KPI_LABELS, each fuel's energy and quantity after the grid's. */
export const ALL_KPIS: readonly KpiKey[] = (Object.keys(KPI_LABELS) as NumericKpi[]).flatMap((k): KpiKey[] =>
  k === 'renewableCurtailedMWh' ? [k, ...fuelKpis('both')] : [k],
);

/** Output at or above this share of capacity counts as rated output. */
const RATED_OUTPUT_SHARE = 1 - 1e-6;
/** Absolute tolerance of "at the limit" tests, MW. */
const LIMIT_EPS_MW = 1e-6;

/** A capacity with the decimals it needs (at most 2): 15.6 MW, 2,000 m², 0.15 MWp. */
function capacityCell(v: number) {
  return num(v, autoDigits(v, 2));
}

/** Scopes of the per-period tables: the season first, then each period. */
function scopes(r: DispatchResult, lang: ReportLang): { label: string; k: Kpis }[] {
  return [
    { label: tr(lang, 'seasonCol'), k: r.season },
    ...r.periods.map((p) => ({ label: p.label[lang], k: p })),
  ];
}

function scopeColumns(r: DispatchResult, lang: ReportLang, unit: string): Column[] {
  return scopes(r, lang).map((s) => ({ label: s.label, unit }));
}

/** All KPIs (rows) for the season and each period (columns). Unserved heat rows are flagged when > 0. */
export function kpiTable(r: DispatchResult, lang: ReportLang, keys: readonly KpiKey[] = ALL_KPIS): Table {
  const sc = scopes(r, lang);
  const rows: Row[] = keys.map((key) => {
    const warn = (key === 'unservedHeatMWh' || key === 'unservedHours') && r.season[key] > 0;
    return {
      cells: [kpiLabel(key, lang), kpiUnit(key), ...sc.map((s) => kpiCell(key, kpiValue(s.k, key)))],
      ...(warn ? { tone: 'warn' as const } : {}),
    };
  });
  return {
    id: 'kpis',
    title: tr(lang, 'kpiTable'),
    columns: [
      { label: tr(lang, 'kpi'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      ...scopeColumns(r, lang, ''),
    ],
    rows,
  };
}

/** The proposal's per-period table: one row per period plus the season. */
export function periodTable(r: DispatchResult, lang: ReportLang): Table {
  const keys: NumericKpi[] = [
    'heatDeliveredMWh',
    'peakDemandMw',
    'geothermalShare',
    'costCnyPerGJ',
    'co2T',
    'unservedHeatMWh',
  ];
  const line = (label: string, days: number, k: Kpis, total: boolean): Row => ({
    cells: [label, num(days, 0), ...keys.map((key) => kpiCell(key, k[key]))],
    ...(k.unservedHeatMWh > 0 ? { tone: 'warn' as const } : total ? { tone: 'total' as const } : {}),
  });
  const seasonDays = r.periods.reduce((a, p) => a + p.days, 0);
  return {
    id: 'periods',
    title: tr(lang, 'periodTable'),
    columns: [
      { label: tr(lang, 'period'), unit: '' },
      { label: tr(lang, 'days'), unit: 'd' },
      ...keys.map((key) => ({ label: kpiLabel(key, lang), unit: kpiUnit(key) })),
    ],
    rows: [
      ...r.periods.map((p: PeriodKpis) => line(p.label[lang], p.days, p, false)),
      line(tr(lang, 'seasonCol'), seasonDays, r.season, true),
    ],
  };
}

/** Heat per technology (instances of one type summed): capacity, heat, share; storage and PV/wind show no heat. */
export function technologyTable(r: DispatchResult, lang: ReportLang): Table {
  const types = [...new Set(r.instances.map((i) => i.type))].sort((a, b) => techOrder(a) - techOrder(b));
  const produced = r.season.heatProducedMWh;
  const rows: Row[] = types.map((type) => {
    const insts = r.instances.filter((i) => i.type === type);
    const heat = r.season.heatByTechnologyMWh[type];
    return {
      cells: [
        techLabel(type, lang),
        capacityCell(insts.reduce((a, i) => a + i.capacity, 0)),
        insts[0]?.capacityUnit ?? '',
        heat === undefined ? null : num(heat, 0),
        heat === undefined ? null : num(produced > 0 ? heat / produced : 0, 1, true),
      ],
    };
  });
  rows.push({
    cells: [tr(lang, 'total'), null, '', num(produced, 0), num(produced > 0 ? 1 : 0, 1, true)],
    tone: 'total',
  });
  return {
    id: 'technologies',
    title: tr(lang, 'mixTable'),
    columns: [
      { label: tr(lang, 'technology'), unit: '' },
      { label: tr(lang, 'capacity'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      { label: tr(lang, 'heat'), unit: 'MWh' },
      { label: tr(lang, 'share'), unit: '%' },
    ],
    rows,
  };
}

/** Weighted hours at which an instance runs at its rated capacity (MW capacities only; null otherwise). */
function hoursAtCapacity(r: DispatchResult, id: string, capacity: number, unit: string): number | null {
  const h = r.hourly;
  const q = h?.heatMw[id];
  if (!h || !q || unit !== 'MW' || capacity <= 0) return null;
  let hours = 0;
  for (let t = 0; t < h.n; t++)
    if (q[t]! >= capacity * RATED_OUTPUT_SHARE - LIMIT_EPS_MW) hours += h.weight[t]!;
  return hours;
}

/** Heat per instance for the season and each period, share and hours at rated output. */
export function instanceHeatTable(r: DispatchResult, lang: ReportLang): Table {
  const sc = scopes(r, lang);
  const producers = r.instances.filter((i) => r.season.heatByInstanceMWh[i.id] !== undefined);
  const produced = r.season.heatProducedMWh;
  const rows: Row[] = producers.map((i) => {
    const at = hoursAtCapacity(r, i.id, i.capacity, i.capacityUnit);
    return {
      cells: [
        instanceLabel(i, r.instances, lang),
        i.id,
        capacityCell(i.capacity),
        i.capacityUnit,
        ...sc.map((s) => num(s.k.heatByInstanceMWh[i.id] ?? 0, 0)),
        num(produced > 0 ? (r.season.heatByInstanceMWh[i.id] ?? 0) / produced : 0, 1, true),
        at === null ? null : num(at, 0),
      ],
    };
  });
  rows.push({
    cells: [
      tr(lang, 'total'),
      '',
      null,
      '',
      ...sc.map((s) => num(s.k.heatProducedMWh, 0)),
      num(produced > 0 ? 1 : 0, 1, true),
      null,
    ],
    tone: 'total',
  });
  return {
    id: 'instanceHeat',
    title: tr(lang, 'heatTable'),
    columns: [
      { label: tr(lang, 'instance'), unit: '' },
      { label: 'id', unit: '' },
      { label: tr(lang, 'capacity'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      ...scopeColumns(r, lang, 'MWh'),
      { label: tr(lang, 'share'), unit: '%' },
      { label: tr(lang, 'hoursAtCapacity'), unit: 'h' },
    ],
    rows,
  };
}

/** Electricity per consumer and the grid/renewable totals, season and periods (MWh). */
export function electricityTable(r: DispatchResult, lang: ReportLang): Table {
  const sc = scopes(r, lang);
  const consumers = r.instances.filter((i) => r.season.electricityByConsumerMWh[i.id] !== undefined);
  const rows: Row[] = consumers.map((i) => ({
    cells: [
      instanceLabel(i, r.instances, lang),
      ...sc.map((s) => num(s.k.electricityByConsumerMWh[i.id] ?? 0, 1)),
    ],
  }));
  const totals: NumericKpi[] = [
    'gridImportMWh',
    'gridExportMWh',
    'pvMWh',
    'windMWh',
    'renewableCurtailedMWh',
  ];
  for (const key of totals)
    rows.push({ cells: [kpiLabel(key, lang), ...sc.map((s) => num(s.k[key], 1))], tone: 'total' });
  return {
    id: 'electricity',
    title: tr(lang, 'elecTable'),
    columns: [{ label: tr(lang, 'instance'), unit: '' }, ...scopeColumns(r, lang, 'MWh')],
    rows,
  };
}

/** Operating cost by category (export revenue negative), total, and the penalties kept apart. CNY. */
export function costTable(r: DispatchResult, lang: ReportLang, seasonOnly = false): Table {
  const sc = seasonOnly ? scopes(r, lang).slice(0, 1) : scopes(r, lang);
  const rows: Row[] = COST_CATEGORIES.filter((c) => !seasonOnly || (r.season.costs[c.key] ?? 0) !== 0).map(
    (c) => ({
      cells: [c[lang], ...sc.map((s) => num(costContribution(c.key, s.k.costs[c.key] ?? 0), 0))],
    }),
  );
  rows.push({
    cells: [kpiLabel('operatingCostCny', lang), ...sc.map((s) => num(s.k.operatingCostCny, 0))],
    tone: 'total',
  });
  rows.push({
    cells: [kpiLabel('costCnyPerGJ', lang) + ' (CNY/GJ)', ...sc.map((s) => num(s.k.costCnyPerGJ, 2))],
  });
  const unserved = r.season.penalties.unservedCny > 0;
  rows.push({
    cells: [tr(lang, 'penaltyUnserved'), ...sc.map((s) => num(s.k.penalties.unservedCny, 0))],
    ...(unserved ? { tone: 'warn' as const } : {}),
  });
  rows.push({ cells: [tr(lang, 'penaltyDump'), ...sc.map((s) => num(s.k.penalties.dumpCny, 0))] });
  rows.push({
    cells: [tr(lang, 'penaltyStorageLoss'), ...sc.map((s) => num(s.k.penalties.storageLossCny, 0))],
  });
  return {
    id: 'costs',
    title: seasonOnly ? tr(lang, 'costsTitle') : tr(lang, 'costTable'),
    columns: [{ label: tr(lang, 'category'), unit: '' }, ...sc.map((s) => ({ label: s.label, unit: 'CNY' }))],
    rows,
  };
}

/** Weighted statistics of the marginal heat cost per scope (null cells when the backend has no duals). */
export function marginalTable(r: DispatchResult, lang: ReportLang): Table {
  const rows: Row[] = scopes(r, lang).map((s) => {
    const m = s.k.marginalHeatCost;
    return {
      cells: [
        s.label,
        ...(m ? [m.mean, m.min, m.max, m.p95].map((v) => num(v, 1)) : [null, null, null, null]),
      ],
    };
  });
  return {
    id: 'marginal',
    title: tr(lang, 'marginalTable'),
    columns: [
      { label: tr(lang, 'period'), unit: '' },
      { label: tr(lang, 'mean'), unit: 'CNY/MWh' },
      { label: tr(lang, 'min'), unit: 'CNY/MWh' },
      { label: tr(lang, 'max'), unit: 'CNY/MWh' },
      { label: tr(lang, 'p95'), unit: 'CNY/MWh' },
    ],
    rows,
    ...(r.season.marginalHeatCost ? {} : { note: tr(lang, 'marginalNone') }),
  };
}

/** Charge, discharge, losses and equivalent full cycles of each storage, per scope. */
export function storageTable(r: DispatchResult, lang: ReportLang): Table {
  const rows: Row[] = [];
  for (const i of r.instances.filter((x) => r.season.storage[x.id] !== undefined)) {
    for (const s of scopes(r, lang)) {
      const st = s.k.storage[i.id];
      if (!st) continue;
      rows.push({
        cells: [
          instanceLabel(i, r.instances, lang),
          s.label,
          num(st.chargeMWh, 1),
          num(st.dischargeMWh, 1),
          num(st.lossMWh, 1),
          num(st.cycles, 1),
        ],
      });
    }
  }
  return {
    id: 'storage',
    title: tr(lang, 'storageTable'),
    columns: [
      { label: tr(lang, 'instance'), unit: '' },
      { label: tr(lang, 'period'), unit: '' },
      { label: tr(lang, 'charge'), unit: 'MWh' },
      { label: tr(lang, 'discharge'), unit: 'MWh' },
      { label: tr(lang, 'loss'), unit: 'MWh' },
      { label: tr(lang, 'cycles'), unit: '' },
    ],
    rows,
  };
}

/** Policy constraints (binding, shadow price) and the grid import limit. */
export function constraintsTable(r: DispatchResult, importLimitMw: number, lang: ReportLang): Table {
  const name = {
    minGeothermalShare: 'policyMinGeothermalShare',
    co2CapT: 'policyCo2CapT',
    gasMaxMwh: 'policyGasMaxMwh',
  } as const;
  const rows: Row[] = r.policies.map((p) => {
    const pct = p.id === 'minGeothermalShare';
    return {
      cells: [
        tr(lang, name[p.id]),
        num(p.limit, pct ? 1 : 0, pct),
        num(p.achieved, pct ? 1 : 0, pct),
        pct ? '%' : p.unit,
        tr(lang, p.binding ? 'yes' : 'no'),
        p.shadowPrice === null ? tr(lang, 'notAvailable') : num(p.shadowPrice, 2),
        p.shadowPriceUnit,
      ],
    };
  });
  const h = r.hourly;
  let atLimit = 0;
  if (h)
    for (let t = 0; t < h.n; t++)
      if (h.gridImportMw[t]! >= importLimitMw - LIMIT_EPS_MW) atLimit += h.weight[t]!;
  rows.push({
    cells: [
      tr(lang, 'importLimit'),
      num(importLimitMw, 1),
      h ? num(atLimit, 0) : null,
      h ? 'MW / h' : 'MW',
      tr(lang, atLimit > 0 ? 'yes' : 'no'),
      null,
      '',
    ],
  });
  return {
    id: 'constraints',
    title: tr(lang, 'constraintsTable'),
    columns: [
      { label: tr(lang, 'constraint'), unit: '' },
      { label: tr(lang, 'limit'), unit: '' },
      { label: tr(lang, 'achieved'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      { label: tr(lang, 'binding'), unit: '' },
      { label: tr(lang, 'shadowPrice'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
    ],
    rows,
    ...(r.policies.length ? {} : { note: tr(lang, 'noPolicies') }),
  };
}
