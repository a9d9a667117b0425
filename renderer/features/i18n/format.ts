// Pure translation and locale formatting: UI strings from the dictionaries, labels from solver/ (catalog, KPIs).
import type { Lang } from '../../../electron/shared/ipc-contract';
import { formatKpi, kpiLabelOf, type KpiKey } from '../../../solver/results/labels';
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type { MessageKey };
export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, zh };

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** The message for key in lang with {placeholders} filled. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = DICTIONARIES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
}

/** BCP 47 locale of a UI language. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number with fixed decimals, grouped per locale. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const key = `${lang}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f.format(value);
}

/** A number with a sign (+1,234 / −56), for deltas. */
export function formatSigned(value: number, lang: Lang, digits = 0): string {
  const text = formatNumber(Math.abs(value), lang, digits);
  if (Math.round(Math.abs(value) * 10 ** digits) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** Chinese large-number units (万 = 10⁴, 亿 = 10⁸), in the script of the UI strings. */
const ZH_UNITS: readonly [number, string][] = [
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_UNITS: readonly [number, string][] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Compact axis number: 45,000 → 45k (en) / 4.5万 (zh); small numbers grouped as usual. */
export function formatCompact(value: number, lang: Lang): string {
  for (const [size, unit] of lang === 'zh' ? ZH_UNITS : EN_UNITS) {
    if (Math.abs(value) >= size)
      return `${formatNumber(value / size, lang, Math.abs(value) >= size * 10 ? 0 : 1).replace(/\.0$/, '')}${unit}`;
  }
  return formatNumber(value, lang, 0);
}

/** A technology's label in `lang` (solver/catalog; the id itself when unknown). */
export { technologyLabel as techLabel } from '../../../solver/catalog';

/** A KPI's label from solver/results/labels.ts. */
export function kpiLabel(key: KpiKey, lang: Lang): string {
  return kpiLabelOf(key)[lang];
}

/** A KPI shown as number and unit; `num + ' ' + unit` is exactly formatKpi's text. */
export function kpiParts(key: KpiKey, value: number, lang: Lang): { num: string; unit: string } {
  const text = formatKpi(key, value, lang);
  const unit = kpiLabelOf(key).unit;
  const cut = text.lastIndexOf(` ${unit}`);
  return cut >= 0 ? { num: text.slice(0, cut), unit } : { num: text, unit: '' };
}

export { formatKpi };
