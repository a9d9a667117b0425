// Workbook sheet names in the report language (mainland Simplified Chinese or English).
import type { ReportLang } from '../../../solver/report';

/** The fixed sheets of the results and comparison workbooks. */
export type SheetKey =
  'summary' | 'periods' | 'technologies' | 'hourly' | 'inputs' | 'assumptions' | 'designCheck' | 'compare';

const SHEET_NAMES: Readonly<Record<SheetKey, Readonly<Record<ReportLang, string>>>> = {
  summary: { zh: '摘要', en: 'Summary' },
  periods: { zh: '分时段', en: 'Periods' },
  technologies: { zh: '分技术', en: 'Technologies' },
  hourly: { zh: '逐时', en: 'Hourly' },
  inputs: { zh: '模型输入', en: 'Inputs' },
  assumptions: { zh: '假设与来源', en: 'Assumptions' },
  designCheck: { zh: '设计校核', en: 'Design check' },
  compare: { zh: '方案比较', en: 'Compare' },
};

/** The name of a fixed sheet in a language. */
export function sheetTitle(key: SheetKey, lang: ReportLang): string {
  return SHEET_NAMES[key][lang];
}
