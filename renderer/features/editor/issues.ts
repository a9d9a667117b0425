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
  if (lang === 'en' || !spec) return issue.message;
  const num = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(num)) return translate(lang, 'editor.notNumber', rangeVars(spec, lang));
  if (num < spec.min || num > spec.max) return translate(lang, 'editor.outOfRange', rangeVars(spec, lang));
  if (spec.integer && !Number.isInteger(num)) return translate(lang, 'editor.wholeNumber');
  return issue.message;
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
