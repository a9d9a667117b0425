// Public entry of the report module: one data model behind the HTML/PDF reports, the workbooks and the CSVs.
export type * from './types';
export { buildReportModel, modeText, runTable, scenarioName, type ReportInput } from './model';
export { renderHtml, tableHtml, CJK_FONT_STACK, type HtmlOptions } from './html';
export { renderChartSvg, legendOf, niceTicks, type LegendItem } from './svg';
export { csvCell, toCsv, hourlyTable, hourlyCsv, inputsTable, inputsCsv } from './csv';
export type { DataColumn, DataTable, DataValue } from './csv';
export { comparisonTable, comparisonChart, BASELINE_KPIS, type ComparedScenario } from './compare';
export {
  accountingTable,
  convention,
  headlines,
  tceSavedAt,
  tceSavedWith,
  HEADLINE_KPIS,
} from './accounting';
export { assumptionsTable } from './assumptions';
export { designTable, firmByInstanceTable } from './design';
export * from './tables';
export { cellText, formatNumber, kpiCell, kpiUnit } from './format';
export { tr, type StringKey } from './strings';
