// Bilingual labels, units and formats of the KPIs: one source for the screen, the reports and the exports.
import type { Kpis } from './types';

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
  gasMWh: { zh: '天然气（低位热值）', en: 'Natural gas (LHV)', unit: 'MWh', digits: 0 },
  gasNm3: { zh: '天然气用量', en: 'Natural gas', unit: 'Nm³', digits: 0 },
  coalTce: { zh: '燃煤消耗', en: 'Coal burnt', unit: 'tce', digits: 0 },
  operatingCostCny: { zh: '运行成本', en: 'Operating cost', unit: 'CNY', digits: 0 },
  costCnyPerGJ: { zh: '单位供热成本', en: 'Cost per GJ', unit: 'CNY/GJ', digits: 2 },
  costCnyPerM2: { zh: '单位面积成本', en: 'Cost per m²', unit: 'CNY/m²', digits: 2 },
  co2T: { zh: '二氧化碳排放', en: 'CO₂ emissions', unit: 'tCO₂', digits: 0 },
  co2Scope1T: { zh: '直接排放（范围一）', en: 'Scope 1 (gas)', unit: 'tCO₂', digits: 0 },
  co2Scope2T: { zh: '间接排放（范围二）', en: 'Scope 2 (grid)', unit: 'tCO₂', digits: 0 },
  co2IntensityKgPerGJ: { zh: '碳排放强度', en: 'CO₂ intensity', unit: 'kgCO₂/GJ', digits: 1 },
  islandTce: { zh: '能源岛标煤消耗', en: 'Island standard coal', unit: 'tce', digits: 0 },
  baselineTce: { zh: '燃煤锅炉基准标煤', en: 'Coal-boiler baseline', unit: 'tce', digits: 0 },
  tceSaved: { zh: '节约标准煤', en: 'Standard coal saved', unit: 'tce', digits: 0 },
  baselineCo2T: { zh: '燃煤基准排放', en: 'Coal baseline CO₂', unit: 'tCO₂', digits: 0 },
  co2AvoidedT: { zh: '减排二氧化碳', en: 'CO₂ avoided', unit: 'tCO₂', digits: 0 },
  unservedHeatMWh: { zh: '未满足热量', en: 'Unserved heat', unit: 'MWh', digits: 1 },
  unservedHours: { zh: '缺热小时数', en: 'Hours with unserved heat', unit: 'h', digits: 0 },
  dumpedHeatMWh: { zh: '弃热量', en: 'Dumped heat', unit: 'MWh', digits: 1 },
};

/** Labels of the cost categories. */
export const COST_LABELS = {
  electricityCny: { zh: '购电费用', en: 'Electricity' },
  gasCny: { zh: '燃气费用', en: 'Gas' },
  coalCny: { zh: '燃煤费用', en: 'Coal' },
  vomCny: { zh: '可变运维', en: 'Variable O&M' },
  carbonCny: { zh: '碳成本', en: 'Carbon' },
  exportRevenueCny: { zh: '上网收入', en: 'Export revenue' },
} as const;

/** Shows a KPI value with its unit in a locale ('zh-CN' or 'en'). */
export function formatKpi(key: NumericKpi, value: number, lang: 'zh' | 'en'): string {
  const l = KPI_LABELS[key];
  const v = l.unit === '%' ? value * 100 : value;
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: l.digits,
    maximumFractionDigits: l.digits,
  }).format(v);
  return l.unit === '%' ? `${text} %` : `${text} ${l.unit}`;
}
