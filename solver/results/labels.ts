// Bilingual labels, units and formats of the KPIs: one source for the screen, the reports and the exports.
import type { Kpis } from './types';
import { CARRIERS, FUELS } from '../carriers';
import { EXPORT_REVENUE_KEY } from './sign';

export type NumericKpi = {
  [K in keyof Kpis]: Kpis[K] extends number ? K : never;
}[keyof Kpis];

export interface KpiLabel {
  readonly zh: string;
  readonly en: string;
  /** Unit as shown ("MWh", "CNY/GJ"); '%' means the value is a 0..1 share shown ×100. */
  readonly unit: string;
  /** Decimals when shown. */
  readonly digits: number;
}

/** Labels of the numeric KPIs (MODEL §9 names). */
export const KPI_LABELS: Readonly<Record<NumericKpi, KpiLabel>> = {
  hours: { zh: '小时数', en: 'Hours', unit: 'h', digits: 0 },
  demandMWh: { zh: '热需求', en: 'Heat demand', unit: 'MWh', digits: 0 },
  peakDemandMw: { zh: '峰值热负荷', en: 'Peak heat load', unit: 'MW', digits: 1 },
  heatDeliveredMWh: { zh: '供热量', en: 'Heat delivered', unit: 'MWh', digits: 0 },
  heatProducedMWh: { zh: '产热量', en: 'Heat produced', unit: 'MWh', digits: 0 },
  geothermalHeatMWh: { zh: '地热供热量', en: 'Geothermal heat', unit: 'MWh', digits: 0 },
  geothermalShare: { zh: '地热占比', en: 'Geothermal share', unit: '%', digits: 1 },
  gridImportMWh: { zh: '电网购电', en: 'Grid import', unit: 'MWh', digits: 0 },
  gridExportMWh: { zh: '上网电量', en: 'Grid export', unit: 'MWh', digits: 1 },
  pvMWh: { zh: '光伏发电（自用）', en: 'PV used', unit: 'MWh', digits: 1 },
  windMWh: { zh: '风电（自用）', en: 'Wind used', unit: 'MWh', digits: 1 },
  renewableAvailableMWh: {
    zh: '可再生电力可发量',
    en: 'Renewable electricity available',
    unit: 'MWh',
    digits: 1,
  },
  renewableCurtailedMWh: { zh: '弃光弃风', en: 'Renewable curtailed', unit: 'MWh', digits: 1 },
  operatingCostCny: { zh: '运行成本', en: 'Operating cost', unit: 'CNY', digits: 0 },
  costCnyPerGJ: { zh: '单位供热成本', en: 'Cost per GJ', unit: 'CNY/GJ', digits: 2 },
  costCnyPerM2: { zh: '单位面积成本', en: 'Cost per m²', unit: 'CNY/m²', digits: 2 },
  co2T: { zh: '二氧化碳排放', en: 'CO₂ emissions', unit: 'tCO₂', digits: 0 },
  co2Scope1T: { zh: '直接排放（范围一）', en: 'Scope 1 (gas)', unit: 'tCO₂', digits: 0 },
  co2Scope2T: { zh: '间接排放（范围二）', en: 'Scope 2 (grid)', unit: 'tCO₂', digits: 0 },
  co2BiogenicT: { zh: '生物质碳排放（单列）', en: 'Biogenic CO₂ (reported apart)', unit: 'tCO₂', digits: 0 },
  co2IntensityKgPerGJ: { zh: '碳排放强度', en: 'CO₂ intensity', unit: 'kgCO₂/GJ', digits: 1 },
  islandTce: { zh: '能源岛标煤消耗', en: 'Island standard coal', unit: 'tce', digits: 0 },
  baselineTce: { zh: '燃煤锅炉基准标煤', en: 'Coal-boiler baseline', unit: 'tce', digits: 0 },
  tceSaved: { zh: '节约标准煤', en: 'Standard coal saved', unit: 'tce', digits: 0 },
  baselineCo2T: { zh: '燃煤基准排放', en: 'Coal baseline CO₂', unit: 'tCO₂', digits: 0 },
  co2AvoidedT: { zh: '减排二氧化碳', en: 'CO₂ avoided', unit: 'tCO₂', digits: 0 },
  unservedHeatMWh: { zh: '未满足热量', en: 'Unserved heat', unit: 'MWh', digits: 1 },
  unservedHours: { zh: '缺热小时数', en: 'Hours with unserved heat', unit: 'h', digits: 0 },
  dumpedHeatMWh: { zh: '弃热量', en: 'Dumped heat', unit: 'MWh', digits: 1 },
  storageLossMWh: { zh: '储热损耗', en: 'Storage loss', unit: 'MWh', digits: 1 },
};

/** A KPI row: a numeric field of the KPIs, or a fuel's energy (`fuel:<id>`) or quantity (`fuelQty:<id>`). */
export type KpiKey = NumericKpi | `fuel:${string}` | `fuelQty:${string}`;

/** The fuels' rows (energy on LHV, then physical quantity), registry order: where gas and coal used to stand. */
export function fuelKpis(kind: 'energy' | 'quantity' | 'both' = 'energy'): KpiKey[] {
  return FUELS.flatMap((c): KpiKey[] => {
    const energy = `fuel:${c.id}` as const;
    const quantity = `fuelQty:${c.id}` as const;
    return kind === 'energy' ? [energy] : kind === 'quantity' ? [quantity] : [energy, quantity];
  });
}

function carrierOf(key: string): { id: string; quantity: boolean } | null {
  const m = /^fuel(Qty)?:(.+)$/.exec(key);
  return m ? { id: m[2]!, quantity: m[1] !== undefined } : null;
}

/** The value of a KPI row (0 for a carrier the result does not know). */
export function kpiValue(k: Kpis, key: KpiKey): number {
  const c = carrierOf(key);
  if (!c) return k[key as NumericKpi];
  const use = k.carriers[c.id];
  return use ? (c.quantity ? use.quantity : use.mwh) : 0;
}

/** Label, unit and digits of a KPI row; carrier rows take theirs from the carrier's entry. */
export function kpiLabelOf(key: KpiKey): KpiLabel {
  const c = carrierOf(key);
  if (!c) return KPI_LABELS[key as NumericKpi];
  const def = CARRIERS.find((d) => d.id === c.id);
  const label = def?.label ?? { zh: c.id, en: c.id };
  return c.quantity
    ? { zh: `${label.zh}用量`, en: `${label.en} used`, unit: def?.quantityUnit ?? '', digits: 0 }
    : { zh: `${label.zh}（低位热值）`, en: `${label.en} (LHV)`, unit: 'MWh', digits: 0 };
}

/** A cost category of the breakdown: each bought carrier's, then VOM, carbon and the export revenue. */
export interface CostCategory {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
}

/** Cost categories in display order (the keys of `Kpis.costs`). */
export const COST_CATEGORIES: readonly CostCategory[] = [
  ...CARRIERS.map((c) => ({ key: c.costKey, zh: `${c.label.zh}费用`, en: c.label.en })),
  { key: 'vomCny', zh: '可变运维', en: 'Variable O&M' },
  { key: 'carbonCny', zh: '碳成本', en: 'Carbon' },
  { key: EXPORT_REVENUE_KEY, zh: '上网收入', en: 'Export revenue' },
];

/** Label of a cost category key (the key itself when unknown). */
export function costLabel(key: string, lang: 'zh' | 'en'): string {
  return COST_CATEGORIES.find((c) => c.key === key)?.[lang] ?? key;
}

/** Shows a KPI value with its unit in a locale ('zh-CN' or 'en'). */
export function formatKpi(key: KpiKey, value: number, lang: 'zh' | 'en'): string {
  const l = kpiLabelOf(key);
  const v = l.unit === '%' ? value * 100 : value;
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: l.digits,
    maximumFractionDigits: l.digits,
  }).format(v);
  return l.unit === '%' ? `${text} %` : `${text} ${l.unit}`;
}
