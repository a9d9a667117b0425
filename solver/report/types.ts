// The report data model: sections of typed tables and chart series that every renderer (HTML, PDF, Excel, preview) draws.
import type { NumericKpi } from '../results/labels';

/** Report language. */
export type ReportLang = 'zh' | 'en';
/** Proposal (sales, 4–6 pages) or technical (every number) report. */
export type ReportKind = 'proposal' | 'technical';

/** A number with its display precision; `pct` means a 0..1 share shown ×100. Renderers format, exporters keep `n`. */
export interface Num {
  readonly n: number;
  readonly digits: number;
  readonly pct?: boolean;
}

/** One table cell: text, a number, or empty. */
export type Cell = string | Num | null;

/** A table column: header label and unit ('' when the unit is in the cells' row or there is none). */
export interface Column {
  readonly label: string;
  readonly unit: string;
}

/** A table row; `tone` highlights totals and warnings (unserved heat is never hidden). */
export interface Row {
  readonly cells: readonly Cell[];
  readonly tone?: 'total' | 'warn';
}

/** A typed table: what HTML prints and Excel writes (numbers stay numbers there). */
export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly note?: string;
  /** Small print (long appendix tables). */
  readonly compact?: boolean;
  /** The first column groups rows: printed once per run of equal values (Excel repeats it for filtering). */
  readonly groupColumn?: boolean;
}

/** One series of a chart, in the catalog colour of its technology. */
export interface Series {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly values: readonly number[];
}

/** A shaded x range with a caption (the cold periods on a season chart). */
export interface Band {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/** Stacked areas over x (hours or days), optional overlay line on the same axis and a secondary line. */
export interface StackedAreaChart {
  readonly kind: 'stackedArea';
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly xLabels: readonly string[];
  readonly series: readonly Series[];
  readonly line?: Series;
  /** Secondary y axis (right), e.g. outdoor temperature. */
  readonly line2?: Series & { readonly unit: string };
  readonly bands?: readonly Band[];
  readonly small?: boolean;
}

/** Stacked vertical bars per category (periods). */
export interface StackedBarChart {
  readonly kind: 'stackedBar';
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  /** Text above each bar (e.g. the geothermal share). */
  readonly annotations?: readonly string[];
}

/** Grouped vertical bars per category (design check: load, firm, N−1). */
export interface GroupedBarChart {
  readonly kind: 'groupedBar';
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  readonly digits: number;
}

/** Horizontal bars with a value text each (energy mix, scenario comparison). */
export interface HBarChart {
  readonly kind: 'hbar';
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly items: readonly {
    readonly label: string;
    readonly value: number;
    readonly colour: string;
    readonly text: string;
  }[];
  /** Drawn half as wide, to sit beside another half chart. */
  readonly half?: boolean;
}

/** A line over x (duration curves). */
export interface LineChart {
  readonly kind: 'line';
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly xLabel: string;
  readonly series: readonly Series[];
}

/** Every chart kind. */
export type Chart = StackedAreaChart | StackedBarChart | GroupedBarChart | HBarChart | LineChart;

/** A headline figure: the exact text of `formatKpi` plus the number behind it. */
export interface Headline {
  readonly key: NumericKpi;
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly note?: string;
}

/** The content blocks of a section, in order. */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'alert'; readonly level: 'warn' | 'error'; readonly text: string }
  | { readonly kind: 'headlines'; readonly items: readonly Headline[] }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'chart'; readonly chart: Chart }
  | { readonly kind: 'charts'; readonly charts: readonly Chart[] };

/** A section of the report; `pageBreak` starts it on a new page in print. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly pageBreak?: boolean;
  readonly blocks: readonly Block[];
}

/** The whole report: everything a renderer needs, nothing it must compute. */
export interface ReportModel {
  readonly kind: ReportKind;
  readonly lang: ReportLang;
  readonly title: string;
  readonly subtitle: string;
  readonly generatedAt: string;
  /** Label/value facts shown under the title (scenario, site, mode, solver). */
  readonly meta: readonly { readonly label: string; readonly value: string }[];
  readonly headlines: readonly Headline[];
  readonly sections: readonly Section[];
  /** Footer text on every printed page (attribution, mode). */
  readonly footer: string;
}
