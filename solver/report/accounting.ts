// Headline figures and the standard-coal / CO2 accounting of MODEL §9, with the convention spelled out.
import type { Scenario } from '../scenario';
import { formatKpi, type NumericKpi } from '../results/labels';
import type { DispatchResult, Kpis } from '../results/types';
import { autoDigits, formatNumber, kpiCell, kpiLabel, kpiUnit } from './format';
import { tr } from './strings';
import type { Headline, ReportLang, Row, Table } from './types';

/** Equivalent value of electricity, kgce/kWh (当量值, GB/T 2589). */
export const ELECTRICITY_EQUIVALENT_KGCE_PER_KWH = 0.1229;
/** Generation (coal-equivalent) value of electricity, kgce/kWh (等价值), MODEL §3.3 option. */
export const ELECTRICITY_GENERATION_KGCE_PER_KWH = 0.3;
/** Closer than this, a factor is taken to be one of the two named conventions. */
const CONVENTION_TOLERANCE = 1e-9;

/** kgce/kWh factors with at least 3 decimals, as the standards write them (0.1229, 0.300). */
function factorDigits(v: number): number {
  return Math.max(3, autoDigits(v));
}

/** The headline KPIs of the proposal, in order. */
export const HEADLINE_KPIS: readonly NumericKpi[] = [
  'co2AvoidedT',
  'tceSaved',
  'geothermalShare',
  'costCnyPerGJ',
  'costCnyPerM2',
  'heatDeliveredMWh',
];

/** The electricity conversion the scenario uses and the alternative the report also shows. */
export interface Convention {
  readonly kel: number;
  readonly kelName: string;
  readonly alt: number;
  readonly altName: string;
}

/** Names the scenario's electricity → tce factor and picks the other convention as the alternative. */
export function convention(s: Scenario, lang: ReportLang): Convention {
  const kel = s.factors.electricityKgcePerKwh;
  const isGeneration = Math.abs(kel - ELECTRICITY_GENERATION_KGCE_PER_KWH) < CONVENTION_TOLERANCE;
  const isEquivalent = Math.abs(kel - ELECTRICITY_EQUIVALENT_KGCE_PER_KWH) < CONVENTION_TOLERANCE;
  const kelName = isGeneration
    ? tr(lang, 'generationValue')
    : isEquivalent
      ? tr(lang, 'equivalentValue')
      : 'scenario';
  return isGeneration
    ? { kel, kelName, alt: ELECTRICITY_EQUIVALENT_KGCE_PER_KWH, altName: tr(lang, 'equivalentValue') }
    : { kel, kelName, alt: ELECTRICITY_GENERATION_KGCE_PER_KWH, altName: tr(lang, 'generationValue') };
}

/**
 * Standard coal saved with another electricity factor: island tce′ = island tce + imp·(k′ − k_el)
 * (kgce/kWh = tce/MWh), saved′ = baseline tce − island tce′. CO2 avoided does not depend on k_el.
 */
export function tceSavedWith(k: Kpis, s: Scenario, kgcePerKwh: number): number {
  return tceSavedAt(k, s.factors.electricityKgcePerKwh, kgcePerKwh);
}

/** {@link tceSavedWith} for KPIs solved with factor `solvedKel` (kgce/kWh), restated at `kgcePerKwh`. */
export function tceSavedAt(k: Kpis, solvedKel: number, kgcePerKwh: number): number {
  return k.baselineTce - (k.islandTce + k.gridImportMWh * (kgcePerKwh - solvedKel));
}

/** Headline figures: the text is exactly `formatKpi` of the value. */
export function headlines(r: DispatchResult, lang: ReportLang): Headline[] {
  return HEADLINE_KPIS.map((key) => ({
    key,
    label: kpiLabel(key, lang),
    value: r.season[key],
    text: formatKpi(key, r.season[key], lang),
  }));
}

/** The accounting paragraph: convention, factors, the alternative saving and the grid factor. */
export function accountingText(r: DispatchResult, s: Scenario, lang: ReportLang): string {
  const c = convention(s, lang);
  const f = s.factors;
  return tr(lang, 'accountingText', {
    eta: formatNumber(f.coalBoilerEfficiency, 2, lang),
    coalCo2: formatNumber(f.coalCo2TPerTce, 2, lang),
    kel: formatNumber(c.kel, factorDigits(c.kel), lang),
    kelName: c.kelName,
    alt: formatNumber(c.alt, factorDigits(c.alt), lang),
    altName: c.altName,
    altTce: formatKpi('tceSaved', tceSavedWith(r.season, s, c.alt), lang),
    grid: formatNumber(f.gridCo2TPerMwh, autoDigits(f.gridCo2TPerMwh), lang),
  });
}

/** The accounting table (season): baseline and island standard coal and CO2, savings, and the alternative. */
export function accountingTable(r: DispatchResult, s: Scenario, lang: ReportLang): Table {
  const c = convention(s, lang);
  const k = r.season;
  const line = (key: NumericKpi, label = kpiLabel(key, lang), tone?: Row['tone']): Row => ({
    cells: [label, kpiCell(key, k[key]), kpiUnit(key)],
    ...(tone ? { tone } : {}),
  });
  return {
    id: 'accounting',
    title: tr(lang, 'accountingTable'),
    columns: [
      { label: tr(lang, 'item'), unit: '' },
      { label: tr(lang, 'value'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
    ],
    rows: [
      line('baselineTce'),
      line('islandTce'),
      line('tceSaved', undefined, 'total'),
      {
        cells: [
          tr(lang, 'tceSavedAlt', {
            alt: formatNumber(c.alt, factorDigits(c.alt), lang),
            altName: c.altName,
          }),
          kpiCell('tceSaved', tceSavedWith(k, s, c.alt)),
          kpiUnit('tceSaved'),
        ],
      },
      line('baselineCo2T'),
      line('co2T', tr(lang, 'islandCo2')),
      line('co2AvoidedT', undefined, 'total'),
    ],
  };
}
