// i18n: both dictionaries complete and consistent; formatters per locale; KPI text identical to formatKpi.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../solver/catalog';
import { KPI_LABELS, formatKpi, type NumericKpi } from '../../solver/results/labels';
import { en } from '../../renderer/features/i18n/en';
import { zh } from '../../renderer/features/i18n/zh';
import {
  formatNumber,
  formatSigned,
  kpiParts,
  techLabel,
  translate,
} from '../../renderer/features/i18n/format';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(zh)) expect(v.trim(), k).not.toBe('');
    for (const [k, v] of Object.entries(en)) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
  });
  it('translate Chinese strings into Chinese (no untranslated English sentences)', () => {
    const allowedLatin = new Set([
      'lang.en',
      'dispatch.axisMw',
      'compare.delta',
      'common.none',
      'report.xlsx',
    ]);
    for (const [k, v] of Object.entries(zh)) {
      if (allowedLatin.has(k)) continue;
      expect(/[\u4e00-\u9fff]/.test(v), `${k}: ${v}`).toBe(true);
    }
  });
  it('fill placeholders', () => {
    expect(translate('en', 'status.invalid', { n: 2 })).toBe(
      '2 invalid values — showing the last good result',
    );
    expect(translate('zh', 'editor.issues', { n: 3 })).toBe('3 个输入无效');
  });
  it('twelve month names in each language', () => {
    expect(translate('zh', 'months.short').split(',')).toHaveLength(12);
    expect(translate('en', 'months.short').split(',')).toHaveLength(12);
  });
});

describe('catalog and KPI labels', () => {
  it('every technology has both labels', () => {
    for (const t of CATALOG) {
      expect(techLabel(t.id, 'zh')).toBe(t.label.zh);
      expect(techLabel(t.id, 'en')).toBe(t.label.en);
      expect(t.label.zh).not.toBe(t.label.en);
    }
  });
  it('splits a KPI into number and unit without changing formatKpi text', () => {
    for (const key of Object.keys(KPI_LABELS) as NumericKpi[]) {
      for (const lang of ['zh', 'en'] as const) {
        const { num, unit } = kpiParts(key, 12345.678, lang);
        expect(unit ? `${num} ${unit}` : num).toBe(formatKpi(key, 12345.678, lang));
      }
    }
    expect(kpiParts('geothermalShare', 0.7, 'en')).toEqual({ num: '70.0', unit: '%' });
  });
});

describe('number formats', () => {
  it('group per locale and sign deltas', () => {
    expect(formatNumber(4660651, 'en')).toBe('4,660,651');
    expect(formatNumber(4660651, 'zh')).toBe('4,660,651');
    expect(formatNumber(1.5, 'en', 2)).toBe('1.50');
    expect(formatSigned(-865, 'en')).toBe('−865');
    expect(formatSigned(12.34, 'en', 1)).toBe('+12.3');
    expect(formatSigned(0.004, 'en', 2)).toBe('0.00');
  });
});
