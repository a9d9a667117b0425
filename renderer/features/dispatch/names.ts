// Display names of chart series and x labels in the UI language.
import type { Lang } from '../../../electron/shared/ipc-contract';
import { techLabel, translate, type MessageKey } from '../i18n/format';
import type { FixedSeries, SeriesDef } from './rows';

const FIXED: Readonly<Record<FixedSeries, MessageKey>> = {
  demand: 'dispatch.demand',
  unserved: 'dispatch.unserved',
  dump: 'dispatch.dump',
  import: 'dispatch.import',
  export: 'dispatch.export',
};

const NOTES: Readonly<Record<NonNullable<SeriesDef['note']>, MessageKey>> = {
  charge: 'dispatch.charge',
  discharge: 'dispatch.discharge',
  chargeEl: 'dispatch.chargeEl',
  dischargeEl: 'dispatch.dischargeEl',
};

/** 'Battery (charge)' / '电化学储能（充热）'. */
export function seriesName(def: SeriesDef, lang: Lang): string {
  const base = 'tech' in def.label ? techLabel(def.label.tech, lang) : translate(lang, FIXED[def.label.ui]);
  if (!def.note) return base;
  const note = translate(lang, NOTES[def.note]);
  return lang === 'zh' ? `${base}（${note}）` : `${base} (${note})`;
}

/** x label as shown: typical days 'D3 06:00' become 'Typical day 3 06:00' / '典型日 3 06:00'. */
export function showX(x: string, lang: Lang): string {
  const m = /^D(\d+) (.*)$/.exec(x);
  return m ? `${translate(lang, 'dispatch.td', { d: m[1]! })} ${m[2]}` : x;
}

/** Short tick: date at midnight, the hour otherwise; typical days as 'Typical day 3' / '典型日 3'. */
export function tickX(x: string, lang: Lang = 'en'): string {
  const td = /^D(\d+) (\d\d):00$/.exec(x);
  if (td) return td[2] === '00' ? translate(lang, 'dispatch.td', { d: td[1]! }) : `${td[2]}h`;
  const m = /^(\d\d-\d\d) (\d\d):00$/.exec(x);
  if (!m) return x;
  return m[2] === '00' ? m[1]! : `${m[2]}h`;
}
