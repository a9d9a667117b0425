// Excel workbooks (exceljs) from the report model: one scenario's results, or 2–N scenarios side by side.
import ExcelJS from 'exceljs';
import type { BuiltModel } from '../../../solver/run';
import type { Scenario } from '../../../solver/scenario';
import type { DispatchResult } from '../../../solver/results/types';
import {
  buildReportModel,
  cellText,
  comparisonTable,
  hourlyTable,
  inputsTable,
  kpiCell,
  kpiTable,
  kpiUnit,
  tr,
  type DataTable,
  type Num,
  type ReportLang,
  type ReportModel,
  type Table,
} from '../../../solver/report';
import { sheetTitle, type SheetKey } from './sheet-names';

/** One scenario of a workbook: what was solved, its result and (for the Inputs sheet) its built model. */
export interface WorkbookScenario {
  readonly name: string;
  readonly scenario: Scenario;
  readonly result: DispatchResult;
  readonly built: BuiltModel | null;
}

/** Longest column, in characters; Excel's limit on sheet names. */
const MAX_COLUMN_WIDTH = 60;
const MAX_SHEET_NAME = 31;
const TITLE_FONT = { bold: true, size: 14 } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F4' } };

/** Excel number format of a report number: thousands separators, fixed decimals, % for shares. */
export function numFmt(c: Num): string {
  const dec = c.digits > 0 ? `.${'0'.repeat(c.digits)}` : '';
  return c.pct ? `0${dec}%` : `#,##0${dec}`;
}

/** Header text of a column: "Label [unit]". */
function header(label: string, unit: string): string {
  return unit ? `${label} [${unit}]` : label;
}

/** Writes titled tables one under another, tracks column widths, freezes the first table's header. */
class SheetWriter {
  private row = 1;
  private readonly widths: number[] = [];
  private frozen = false;

  constructor(
    readonly ws: ExcelJS.Worksheet,
    private readonly lang: ReportLang,
  ) {}

  private fit(col: number, text: string): void {
    this.widths[col] = Math.min(MAX_COLUMN_WIDTH, Math.max(this.widths[col] ?? 8, text.length + 2));
  }

  line(text: string, font: Partial<ExcelJS.Font> = { bold: true }): void {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.font = font;
    this.row += 1;
  }

  gap(): void {
    this.row += 1;
  }

  private headerRow(labels: readonly string[], freezeCols: number): void {
    const r = this.ws.getRow(this.row);
    labels.forEach((label, j) => {
      const cell = r.getCell(j + 1);
      cell.value = label;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'bottom' };
      this.fit(j, label.length > 24 ? label.slice(0, 24) : label);
    });
    if (!this.frozen) {
      this.ws.views = [{ state: 'frozen', ySplit: this.row, xSplit: freezeCols }];
      this.frozen = true;
    }
    this.row += 1;
  }

  /** A report table: numbers as numbers with the report's format, units in the headers. */
  table(t: Table, freezeCols = 1): void {
    this.line(t.title);
    this.headerRow(
      t.columns.map((c) => header(c.label, c.unit)),
      freezeCols,
    );
    for (const row of t.rows) {
      const r = this.ws.getRow(this.row);
      row.cells.forEach((c, j) => {
        const cell = r.getCell(j + 1);
        if (c === null) return;
        if (typeof c === 'string') cell.value = c;
        else {
          cell.value = c.n;
          cell.numFmt = numFmt(c);
        }
        this.fit(j, cellText(c, this.lang));
        if (row.tone === 'total') cell.font = { bold: true };
        if (row.tone === 'warn') cell.font = { bold: true, color: { argb: 'FFC0392B' } };
      });
      this.row += 1;
    }
    if (t.note) this.line(t.note, { italic: true });
    this.gap();
  }

  /** A data table (hourly results, LP inputs): raw numbers, "label [unit]" headers over machine keys. */
  data(t: DataTable): void {
    this.headerRow(
      t.columns.map((c) => header(c.label, c.unit)),
      1,
    );
    const keys = this.ws.getRow(this.row);
    t.columns.forEach((c, j) => {
      keys.getCell(j + 1).value = c.key;
      keys.getCell(j + 1).font = { italic: true, color: { argb: 'FF7F8C8D' } };
    });
    this.ws.views = [{ state: 'frozen', ySplit: this.row, xSplit: 1 }];
    this.row += 1;
    this.ws.addRows(t.rows.map((r) => [...r]));
    this.row += t.rows.length;
    t.columns.forEach((c, j) => this.fit(j, c.key.length > 20 ? c.key.slice(0, 20) : c.key));
  }

  finish(): void {
    this.widths.forEach((w, j) => {
      this.ws.getColumn(j + 1).width = w;
    });
  }
}

/** Excel-safe, unique sheet name. */
function sheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, MAX_SHEET_NAME)
      .trim() || 'Sheet';
  let name = base;
  for (let k = 2; wb.getWorksheet(name); k++) name = `${base.slice(0, MAX_SHEET_NAME - 3)} ${k}`;
  return name;
}

function sheet(wb: ExcelJS.Workbook, name: string, lang: ReportLang): SheetWriter {
  return new SheetWriter(wb.addWorksheet(sheetName(wb, name)), lang);
}

function tableById(model: ReportModel, id: string): Table | null {
  for (const s of model.sections)
    for (const b of s.blocks) if (b.kind === 'table' && b.table.id === id) return b.table;
  return null;
}

function tables(model: ReportModel, ids: readonly string[]): Table[] {
  return ids.map((id) => tableById(model, id)).filter((t): t is Table => t !== null);
}

/** The summary block: title, facts, alerts, headline KPIs, accounting, run facts (and optionally all KPIs). */
function writeSummary(w: SheetWriter, model: ReportModel, extra: readonly Table[]): void {
  w.line(model.title, TITLE_FONT);
  w.line(model.subtitle);
  for (const m of model.meta) w.line(`${m.label}: ${m.value}`, {});
  for (const s of model.sections)
    for (const b of s.blocks)
      if (b.kind === 'alert') w.line(b.text, { bold: true, color: { argb: 'FFC0392B' } });
  w.gap();
  const lang = model.lang;
  w.table({
    id: 'headlines',
    title: tr(lang, 'summary'),
    columns: [
      { label: tr(lang, 'kpi'), unit: '' },
      { label: tr(lang, 'value'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
    ],
    rows: model.headlines.map((h) => ({ cells: [h.label, kpiCell(h.key, h.value), kpiUnit(h.key)] })),
  });
  for (const t of [...tables(model, ['accounting', 'run']), ...extra]) w.table(t);
}

function periodIds(s: Scenario): string[] {
  return s.periods.map((p) => p.id);
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as unknown as ArrayBuffer);
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Energy Island Dispatch Simulator';
  return wb;
}

/** The technical report model of a scenario: the workbook's tables are the report's tables. */
function technicalModel(e: WorkbookScenario, lang: ReportLang, generatedAt: string): ReportModel {
  return buildReportModel({ scenario: e.scenario, result: e.result, lang, type: 'technical', generatedAt });
}

/**
 * The results workbook of one scenario: Summary, Periods, Technologies, Hourly, Inputs, Assumptions,
 * Design check. Everything but Hourly and Inputs comes from the technical report model.
 */
export async function resultWorkbook(
  e: WorkbookScenario,
  lang: ReportLang,
  generatedAt: string,
): Promise<Uint8Array> {
  const model = technicalModel(e, lang, generatedAt);
  const wb = newWorkbook();
  const summary = sheet(wb, sheetTitle('summary', lang), lang);
  writeSummary(summary, model, []);
  const groups: [SheetKey, string[]][] = [
    ['periods', ['kpis', 'costs', 'marginal']],
    ['technologies', ['instanceHeat', 'electricity', 'storage', 'constraints']],
  ];
  const writers = [summary];
  for (const [name, ids] of groups) {
    const w = sheet(wb, sheetTitle(name, lang), lang);
    for (const t of tables(model, ids)) w.table(t, 2);
    writers.push(w);
  }
  const hourly = sheet(wb, sheetTitle('hourly', lang), lang);
  if (e.result.hourly) hourly.data(hourlyTable(e.result, periodIds(e.scenario), lang));
  else hourly.line(tr(lang, 'notAvailable'));
  const inputs = sheet(wb, sheetTitle('inputs', lang), lang);
  if (e.built) inputs.data(inputsTable(e.built, periodIds(e.scenario), lang));
  else inputs.line(tr(lang, 'notAvailable'));
  writers.push(hourly, inputs);
  for (const [name, ids] of [
    ['assumptions', ['assumptions']],
    ['designCheck', ['designCheck', 'firmByInstance']],
  ] as const) {
    const w = sheet(wb, sheetTitle(name, lang), lang);
    for (const t of tables(model, ids)) w.table(t, 2);
    writers.push(w);
  }
  for (const w of writers) w.finish();
  return toBytes(wb);
}

/** The comparison workbook: a 'Compare' sheet with every KPI side by side, then one summary sheet per scenario. */
export async function comparisonWorkbook(
  items: readonly WorkbookScenario[],
  lang: ReportLang,
  generatedAt: string,
): Promise<Uint8Array> {
  const wb = newWorkbook();
  const compare = sheet(wb, sheetTitle('compare', lang), lang);
  compare.table(
    comparisonTable(
      items.map((i) => ({ name: i.name, result: i.result })),
      lang,
    ),
    2,
  );
  const writers = [compare];
  items.forEach((e, k) => {
    const model = technicalModel(e, lang, generatedAt);
    const w = sheet(wb, `${k + 1} ${e.name}`, lang);
    writeSummary(w, model, [kpiTable(e.result, lang)]);
    writers.push(w);
  });
  for (const w of writers) w.finish();
  return toBytes(wb);
}
