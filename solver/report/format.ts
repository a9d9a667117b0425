// Number formatting and naming shared by the report builders and renderers (same rules as formatKpi).
import { technologyById, technologyLabel as techLabel } from '../catalog';
import { displayUnit } from '../scenario/quantity';
import { kpiLabelOf, type KpiKey } from '../results/labels';
import type { InstanceInfo } from '../results/types';
import type { Cell, Num, ReportLang } from './types';

/** Colour of unserved heat in charts: alarming, never hidden. */
export const UNSERVED_COLOUR = '#e00000';
/** Colour of heat-storage discharge in charts. */
export const STORAGE_COLOUR_FALLBACK = '#8e44ad';

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number like `formatKpi` does (locale zh-CN or en-US, fixed decimals), without unit. */
export function formatNumber(value: number, digits: number, lang: ReportLang): string {
  const key = `${lang}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** Text of a table cell as printed. */
export function cellText(cell: Cell, lang: ReportLang): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  const text = formatNumber(cell.pct ? cell.n * 100 : cell.n, cell.digits, lang);
  return cell.pct ? `${text} %` : text;
}

/** Decimals enough to show `v` exactly, at most `max`. */
export function autoDigits(v: number, max = 4): number {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-9) return d;
  return max;
}

/** A number cell. */
export function num(n: number, digits: number, pct = false): Num {
  return pct ? { n, digits, pct } : { n, digits };
}

/** A number cell formatted as the KPI `key` is (digits and % from KPI_LABELS). */
export function kpiCell(key: KpiKey, n: number): Num {
  const l = kpiLabelOf(key);
  return num(n, l.digits, l.unit === '%');
}

/** KPI label in `lang`. */
export function kpiLabel(key: KpiKey, lang: ReportLang): string {
  return kpiLabelOf(key)[lang];
}

/** KPI unit as shown in a column or unit cell ('%' for shares). */
export function kpiUnit(key: KpiKey): string {
  return kpiLabelOf(key).unit;
}

/** Technology label and colour: the catalog's (solver/catalog), under the report's names. */
export { techLabel };
export { technologyColour as techColour } from '../catalog';

/** Catalog order of a technology (unknown ones last). */
export function techOrder(type: string): number {
  return technologyById(type)?.order ?? 999;
}

/**
 * Readable name of an instance: its own label, else the technology label, numbered when the
 * scenario has several instances of that technology ("燃气锅炉 #2").
 */
export function instanceLabel(inst: InstanceInfo, all: readonly InstanceInfo[], lang: ReportLang): string {
  if (inst.label) return inst.label;
  const base = techLabel(inst.type, lang);
  const siblings = all.filter((i) => i.type === inst.type);
  if (siblings.length <= 1) return base;
  const suffix = /_(\d+)$/.exec(inst.id)?.[1] ?? String(siblings.indexOf(inst) + 1);
  return `${base} #${suffix}`;
}

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Display form of a canonical unit string ("m^2" → "m²", "1" → ""), extending the scenario's displayUnit. */
export function unitText(unit: string): string {
  return displayUnit(unit)
    .replace(/\^2/g, '²')
    .replace(/\^3/g, '³')
    .replace(/Nm3/g, 'Nm³')
    .replace(/tCO2/g, 'tCO₂');
}
