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
  hours: { zh: '小時數', en: 'Hours', unit: 'h', digits: 0 },
  demandMWh: { zh: '熱需求', en: 'Heat demand', unit: 'MWh', digits: 0 },
  peakDemandMw: { zh: '峰值熱負荷', en: 'Peak heat load', unit: 'MW', digits: 1 },
  heatDeliveredMWh: { zh: '供熱量', en: 'Heat delivered', unit: 'MWh', digits: 0 },
  heatProducedMWh: { zh: '產熱量', en: 'Heat produced', unit: 'MWh', digits: 0 },
  geothermalHeatMWh: { zh: '地熱供熱量', en: 'Geothermal heat', unit: 'MWh', digits: 0 },
  geothermalShare: { zh: '地熱佔比', en: 'Geothermal share', unit: '%', digits: 1 },
  gridImportMWh: { zh: '電網購電', en: 'Grid import', unit: 'MWh', digits: 0 },
  gridExportMWh: { zh: '上網電量', en: 'Grid export', unit: 'MWh', digits: 1 },
  pvMWh: { zh: '光伏發電（自用）', en: 'PV used', unit: 'MWh', digits: 1 },
  windMWh: { zh: '風電（自用）', en: 'Wind used', unit: 'MWh', digits: 1 },
  renewableAvailableMWh: {
    zh: '可再生電力可發量',
    en: 'Renewable electricity available',
    unit: 'MWh',
    digits: 1,
  },
  renewableCurtailedMWh: { zh: '棄光棄風', en: 'Renewable curtailed', unit: 'MWh', digits: 1 },
  gasMWh: { zh: '天然氣（低位熱值）', en: 'Natural gas (LHV)', unit: 'MWh', digits: 0 },
  gasNm3: { zh: '天然氣用量', en: 'Natural gas', unit: 'Nm³', digits: 0 },
  coalTce: { zh: '燃煤消耗', en: 'Coal burnt', unit: 'tce', digits: 0 },
  operatingCostCny: { zh: '運行成本', en: 'Operating cost', unit: 'CNY', digits: 0 },
  costCnyPerGJ: { zh: '單位供熱成本', en: 'Cost per GJ', unit: 'CNY/GJ', digits: 2 },
  costCnyPerM2: { zh: '單位面積成本', en: 'Cost per m²', unit: 'CNY/m²', digits: 2 },
  co2T: { zh: '二氧化碳排放', en: 'CO₂ emissions', unit: 'tCO₂', digits: 0 },
  co2Scope1T: { zh: '直接排放（範圍一）', en: 'Scope 1 (gas)', unit: 'tCO₂', digits: 0 },
  co2Scope2T: { zh: '間接排放（範圍二）', en: 'Scope 2 (grid)', unit: 'tCO₂', digits: 0 },
  co2IntensityKgPerGJ: { zh: '碳排放強度', en: 'CO₂ intensity', unit: 'kgCO₂/GJ', digits: 1 },
  islandTce: { zh: '能源島標煤消耗', en: 'Island standard coal', unit: 'tce', digits: 0 },
  baselineTce: { zh: '燃煤鍋爐基準標煤', en: 'Coal-boiler baseline', unit: 'tce', digits: 0 },
  tceSaved: { zh: '節約標準煤', en: 'Standard coal saved', unit: 'tce', digits: 0 },
  baselineCo2T: { zh: '燃煤基準排放', en: 'Coal baseline CO₂', unit: 'tCO₂', digits: 0 },
  co2AvoidedT: { zh: '減排二氧化碳', en: 'CO₂ avoided', unit: 'tCO₂', digits: 0 },
  unservedHeatMWh: { zh: '未滿足熱量', en: 'Unserved heat', unit: 'MWh', digits: 1 },
  unservedHours: { zh: '缺熱小時數', en: 'Hours with unserved heat', unit: 'h', digits: 0 },
  dumpedHeatMWh: { zh: '棄熱量', en: 'Dumped heat', unit: 'MWh', digits: 1 },
};

/** Labels of the cost categories. */
export const COST_LABELS = {
  electricityCny: { zh: '購電費用', en: 'Electricity' },
  gasCny: { zh: '燃氣費用', en: 'Gas' },
  coalCny: { zh: '燃煤費用', en: 'Coal' },
  vomCny: { zh: '可變運維', en: 'Variable O&M' },
  carbonCny: { zh: '碳成本', en: 'Carbon' },
  exportRevenueCny: { zh: '上網收入', en: 'Export revenue' },
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
