// Validation issues as the editor shows them: looked up by path, explained in the UI language.
import type { Lang } from '../../../electron/shared/ipc-contract';
import type { InputIssue } from '../../../solver/issues';
import { technologyById } from '../../../solver/catalog';
import { displayUnit } from '../../../solver/scenario';
import type { Path } from '../../store/paths';
import { formatNumber, translate } from '../i18n/format';
import type { NumberSpec } from './schema-meta';

/** Issues whose path is `key` (or, with `within`, any path inside it: list elements, sub-fields). */
export function issuesAt(issues: readonly InputIssue[], key: string, within = false): InputIssue[] {
  return issues.filter(
    (i) => i.path === key || (within && (i.path.startsWith(`${key}[`) || i.path.startsWith(`${key}.`))),
  );
}

/** A unit as people write it: °C, m², CO₂, Nm³. */
export function showUnit(unit: string): string {
  return displayUnit(unit)
    .replace(/CO2/g, 'CO₂')
    .replace(/Nm3/g, 'Nm³')
    .replace(/\^2/g, '²')
    .replace(/\^3/g, '³');
}

/** ' MW' (with a leading space) or '' for dimensionless numbers. */
function unitSuffix(spec: NumberSpec): string {
  const u = showUnit(spec.unit);
  return u ? ` ${u}` : '';
}

/** 'allowed 0 … 100 MW' in the UI language. */
export function allowedText(spec: NumberSpec, lang: Lang): string {
  return translate(lang, 'editor.allowed', rangeVars(spec, lang));
}

function rangeVars(spec: NumberSpec, lang: Lang) {
  const digits = (v: number) => (Number.isInteger(v) ? 0 : Math.min(4, String(v).split('.')[1]?.length ?? 0));
  return {
    min: formatNumber(spec.min, lang, digits(spec.min)),
    max: formatNumber(spec.max, lang, digits(spec.max)),
    unit: unitSuffix(spec),
  };
}

/**
 * The sentence shown under a field. In English the validator's own message (it names the allowed
 * range); in Chinese the same facts from the field's range, or the validator's text as a fallback.
 */
export function issueText(issue: InputIssue, value: unknown, spec: NumberSpec | null, lang: Lang): string {
  if (lang === 'en') return issue.message;
  if (!spec) return zhMessage(issue.message) ?? issue.message;
  const num = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(num)) return translate(lang, 'editor.notNumber', rangeVars(spec, lang));
  if (num < spec.min || num > spec.max) return translate(lang, 'editor.outOfRange', rangeVars(spec, lang));
  if (spec.integer && !Number.isInteger(num)) return translate(lang, 'editor.wholeNumber');
  return zhMessage(issue.message) ?? issue.message;
}

/**
 * The validator's non-numeric sentences in Chinese (the validator words its messages in English; the
 * numeric ones are rebuilt from the field's range above). Unknown sentences return null and show as they are.
 */
const BAND_ZH: Readonly<Record<string, string>> = { peak: '峰', valley: '谷', sharp: '尖峰' };

const ZH_MESSAGES: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^must be at least (.+) \(allowed (.+)\)$/, (m) => `不可小于 ${m[1]}（允许 ${m[2]}）`],
  [/^must be at most (.+) \(allowed (.+)\)$/, (m) => `不可大于 ${m[1]}（允许 ${m[2]}）`],
  [/^must be a whole number in (.+)$/, (m) => `须为 ${m[1]} 之间的整数`],
  [
    /^must be a finite number in (.+?)(, or a quantity like (.+))?$/,
    (m) => `须为 ${m[1]} 之间的有限数值${m[3] ? `，或如 ${m[3]} 的带单位数量` : ''}`,
  ],
  [/^must be a date "MM-DD"|^must be a date written MM-DD/, () => '日期须写成 MM-DD，例如 11-01'],
  [/^"(.*)" is not a date written MM-DD/, (m) => `“${m[1]}”不是 MM-DD 格式的日期，例如 11-01`],
  [/^"(.*)": month (\d+) is not in 1\.\.12$/, (m) => `“${m[1]}”：月份 ${m[2]} 不在 1–12 之内`],
  [/^"(.*)": month (\d+) has days 1\.\.(\d+)/, (m) => `“${m[1]}”：${m[2]} 月只有 1–${m[3]} 日`],
  [/^must start with a letter and use only/, () => '须以字母开头，只用 A–Z、a–z、0–9、_（最多 40 字符）'],
  [/^"(.*)" is already used by (.+)$/, (m) => `“${m[1]}”已被 ${m[2]} 使用`],
  [/^id "(.*)" is already used by (.+)$/, (m) => `编号“${m[1]}”已被 ${m[2]} 使用`],
  [/^is used twice$/, () => '重复使用'],
  [/^unknown technology$/, () => '未知的技术类型'],
  [/^is not a known field/, () => '不是已知的字段（请检查拼写）'],
  [/^must be below the indoor temperature (.+)$/, (m) => `须低于室内温度 ${m[1]}`],
  [/^the label must not be empty$/, () => '名称不可为空'],
  [/^at least one period is needed/, () => '至少需要一个时段以涵盖供暖季'],
  [/^each day must belong to exactly one period/, () => '每一天须恰好属于一个时段'],
  [
    /^period "(.*)" ends \((.*)\) before it starts \((.*)\)/,
    (m) => `时段“${m[1]}”的结束日（${m[2]}）早于开始日（${m[3]}）`,
  ],
  [/^"(.*)" is not a period id/, (m) => `“${m[1]}”不是有效的时段编号：以小写字母开头，其后为小写字母或数字`],
  [/^(.+) is outside the season (.+) → (.+)$/, (m) => `${m[1]} 超出供暖季 ${m[2]} → ${m[3]}`],
  [/^must list 12 monthly values/, () => '须列出 12 个月的数值，由一月开始'],
  [
    /^hour (\d+) is listed twice in the (\w+) band$/,
    (m) => `${m[1]} 时在${BAND_ZH[m[2]!] ?? m[2]}时段中重复列出`,
  ],
  [/^hour (\d+) is in both the peak and the valley band$/, (m) => `${m[1]} 时同时属于峰段与谷段`],
  [/^sharp hour (\d+) is not a peak hour/, (m) => `尖峰 ${m[1]} 时不在峰段之内：尖峰时段须为峰段的子集`],
  [
    /^minimum state of charge (.+) is above the maximum (.+)$/,
    (m) => `最低荷电状态 ${m[1]} 高于最高值 ${m[2]}`,
  ],
  [
    /^needs cut-in (.+) < rated (.+) < cut-out (.+) m\/s$/,
    (m) => `须满足 切入 ${m[1]} < 额定 ${m[2]} < 切出 ${m[3]} m/s`,
  ],
];

function zhMessage(message: string): string | null {
  for (const [re, zh] of ZH_MESSAGES) {
    const m = re.exec(message);
    if (m) return zh(m);
  }
  return null;
}

/** Parses what a person typed: a plain number, else the text itself (quantities like "45 W/m^2"). */
export function parseTyped(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const n = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(n) && /^[-+]?[0-9.,]+(e[-+]?\d+)?$/i.test(trimmed) ? n : trimmed;
}

/** Parses '8, 9, 10' into integers; anything else is kept as text for the validator to explain. */
export function parseIntList(text: string): number[] | string {
  const parts = text.split(/[,，\s]+/).filter((p) => p !== '');
  const nums = parts.map(Number);
  return nums.every((n) => Number.isInteger(n)) ? nums : text;
}

/**
 * Where an issue is, in words: for a technology field the instance's name and id and the parameter's label
 * ("Geothermal well doublets (geothermalWells_1) › Doublets"); null elsewhere (the JSON path is shown).
 */
export function issuePlace(path: Path, raw: unknown, lang: Lang): string | null {
  if (path[0] !== 'technologies' || typeof path[1] !== 'number') return null;
  const list = (raw as { technologies?: unknown } | null)?.technologies;
  const inst = (Array.isArray(list) ? list[path[1]] : undefined) as
    { id?: unknown; type?: unknown; label?: unknown } | undefined;
  const def = typeof inst?.type === 'string' ? technologyById(inst.type) : undefined;
  if (!def) return null;
  const name = typeof inst?.label === 'string' && inst.label ? inst.label : def.label[lang];
  const id = typeof inst?.id === 'string' ? ` (${inst.id})` : '';
  const key = path[2] === 'params' && typeof path[3] === 'string' ? path[3] : null;
  const param = key
    ? (def.params as Record<string, { label: { zh: string; en: string } } | undefined>)[key]
    : undefined;
  return param ? `${name}${id} › ${param.label[lang]}` : `${name}${id}`;
}
