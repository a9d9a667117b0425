// The export service: one scenario (or several) → PDF/HTML report, workbook, CSV, LP, MPS or JSON bytes.
import type { ExportFormat, Lang, ReportType } from '../../shared/ipc-contract';
import { InputError, type InputIssue } from '../../../solver/issues';
import { buildModel, type BuiltModel } from '../../../solver/run';
import { validateScenario, type Scenario } from '../../../solver/scenario';
import type { DispatchResult } from '../../../solver/results/types';
import { writeCplexLp, writeMps } from '../../../solver/backends';
import { buildReportModel, hourlyCsv, inputsCsv, renderHtml, scenarioName } from '../../../solver/report';
import { resolveScenario } from '../scenario-loader';
import { systemCjkFont, type CjkFontCheck } from './fonts';
import { comparisonWorkbook, resultWorkbook, type WorkbookScenario } from './xlsx';

/** What an export needs from its host: a solver (worker pool, or in-process in the CLI) and a PDF printer. */
export interface ExportDeps {
  solve(raw: unknown, baseDir: string | null): Promise<DispatchResult>;
  htmlToPdf(html: string): Promise<Uint8Array>;
}

/** The exported file. */
export interface ExportOutput {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  warnings: string[];
}

/** One scenario to export, with the folder its relative paths resolve against (null = bundled scenarios). */
export interface ExportItem {
  readonly raw: unknown;
  readonly baseDir: string | null;
}

/** An export job: the request with a folder per scenario (the CLI's files may sit in different folders). */
export interface ExportJob {
  readonly format: ExportFormat;
  readonly reportType?: ReportType;
  readonly lang: Lang;
  readonly items: readonly ExportItem[];
  /** Time stamp printed in reports; defaults to now (ISO 8601). */
  readonly generatedAt?: string;
  /** Font check to use (tests); defaults to this machine's. */
  readonly fonts?: () => Promise<CjkFontCheck>;
}

/** Every format, and the most scenarios one export takes. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'pdf',
  'html',
  'xlsx',
  'csv',
  'inputs-csv',
  'lp',
  'mps',
  'json',
];
export const MAX_EXPORT_SCENARIOS = 12;

const MIME: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  'inputs-csv': 'text/csv; charset=utf-8',
  lp: 'text/plain; charset=utf-8',
  mps: 'text/plain; charset=utf-8',
  json: 'application/json',
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** File-name stem from a scenario name: ASCII letters and digits joined by '-'. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'scenario';
}

/** Checks a request from an untrusted caller (the renderer). Throws InputError listing every problem. */
function checkJob(job: ExportJob): void {
  const issues: InputIssue[] = [];
  if (!EXPORT_FORMATS.includes(job.format))
    issues.push({ path: 'format', message: `must be one of ${EXPORT_FORMATS.join(', ')}` });
  if (job.lang !== 'zh' && job.lang !== 'en') issues.push({ path: 'lang', message: 'must be zh or en' });
  if (job.reportType !== undefined && job.reportType !== 'proposal' && job.reportType !== 'technical') {
    issues.push({ path: 'reportType', message: 'must be proposal or technical' });
  }
  if (job.items.length < 1 || job.items.length > MAX_EXPORT_SCENARIOS) {
    issues.push({ path: 'scenarios', message: `must list 1 to ${MAX_EXPORT_SCENARIOS} scenarios` });
  }
  if (issues.length) throw new InputError(issues, 'invalid export request');
}

function validated(raw: unknown, index: number): Scenario {
  const checked = validateScenario(raw);
  if (!checked.ok) {
    const issues = checked.issues.map((i) => ({ ...i, path: `scenarios[${index}].${i.path}` }));
    throw new InputError(issues, 'invalid scenario');
  }
  return checked.value;
}

/** Solves one item and insists on an optimal result (a report of an infeasible run would mislead). */
async function solved(item: ExportItem, deps: ExportDeps): Promise<DispatchResult> {
  const r = await deps.solve(item.raw, item.baseDir);
  if (r.status !== 'optimal')
    throw new Error(`${r.scenarioName}: solver status ${r.status} (${r.statusText}); nothing to report`);
  return r;
}

async function built(item: ExportItem): Promise<{ scenario: Scenario; built: BuiltModel }> {
  const { scenario, weather, measuredDemandMw } = await resolveScenario(item.raw, item.baseDir);
  return { scenario, built: buildModel(scenario, weather, { measuredDemandMw }) };
}

/** Warnings a reader must see besides the document: unserved heat, failed checks. */
function resultWarnings(r: DispatchResult): string[] {
  const out: string[] = [];
  if (r.season.unservedHeatMWh > 0) {
    out.push(`${r.scenarioName}: ${r.season.unservedHeatMWh.toFixed(1)} MWh of heat demand is not served`);
  }
  if (r.invariants && !r.invariants.ok)
    out.push(`${r.scenarioName}: result checks failed: ${r.invariants.problems.join('; ')}`);
  return out;
}

/** Runs an export job (the app's File ▸ Export and `island report` both end here). */
export async function exportJob(job: ExportJob, deps: ExportDeps): Promise<ExportOutput> {
  checkJob(job);
  const lang = job.lang;
  const type = job.reportType ?? 'proposal';
  const generatedAt = job.generatedAt ?? new Date().toISOString();
  const scenarios = job.items.map((i, k) => validated(i.raw, k));
  const first = scenarios[0]!;
  const firstItem = job.items[0]!;
  const stem = slug(first.name);
  const warnings: string[] = [];
  const onlyFirst = () => {
    if (job.items.length > 1)
      warnings.push(`${job.format}: only the first scenario (${first.name}) is exported`);
  };
  const out = (bytes: Uint8Array, fileName: string): ExportOutput => ({
    bytes,
    fileName,
    mimeType: MIME[job.format],
    warnings,
  });

  switch (job.format) {
    case 'json':
      onlyFirst();
      return out(utf8(`${JSON.stringify(first, null, 2)}\n`), `${stem}.json`);
    case 'lp':
    case 'mps':
    case 'inputs-csv': {
      onlyFirst();
      const b = (await built(firstItem)).built;
      if (job.format === 'lp') return out(utf8(writeCplexLp(b.compiled)), `${stem}.lp`);
      if (job.format === 'mps') return out(utf8(writeMps(b.compiled)), `${stem}.mps`);
      return out(
        utf8(
          inputsCsv(
            b,
            first.periods.map((p) => p.id),
          ),
        ),
        `${stem}-inputs.csv`,
      );
    }
    case 'csv': {
      onlyFirst();
      const r = await solved(firstItem, deps);
      warnings.push(...resultWarnings(r));
      return out(
        utf8(
          hourlyCsv(
            r,
            first.periods.map((p) => p.id),
          ),
        ),
        `${stem}-hourly.csv`,
      );
    }
    case 'xlsx': {
      const entries: WorkbookScenario[] = [];
      for (const [k, item] of job.items.entries()) {
        const r = await solved(item, deps);
        warnings.push(...resultWarnings(r));
        const b = job.items.length === 1 ? (await built(item)).built : null;
        entries.push({
          name: scenarioName(scenarios[k]!, lang),
          scenario: scenarios[k]!,
          result: r,
          built: b,
        });
      }
      if (entries.length === 1)
        return out(await resultWorkbook(entries[0]!, lang, generatedAt), `${stem}-results-${lang}.xlsx`);
      return out(
        await comparisonWorkbook(entries, lang, generatedAt),
        `comparison-${entries.length}-scenarios-${lang}.xlsx`,
      );
    }
    case 'pdf':
    case 'html': {
      const results: DispatchResult[] = [];
      for (const item of job.items) results.push(await solved(item, deps));
      for (const r of results) warnings.push(...resultWarnings(r));
      const baselines = results
        .slice(1)
        .map((result, k) => ({ name: scenarioName(scenarios[k + 1]!, lang), result }));
      const model = buildReportModel({
        scenario: first,
        result: results[0]!,
        lang,
        type,
        generatedAt,
        baselines,
      });
      const fileName = `${stem}-${type}-${lang}.${job.format}`;
      if (job.format === 'html') return out(utf8(renderHtml(model)), fileName);
      const font = await (job.fonts ?? systemCjkFont)();
      if (font.warning) warnings.push(font.warning);
      const html = renderHtml(model, { extraFonts: font.family ? [font.family] : [] });
      return out(await deps.htmlToPdf(html), fileName);
    }
  }
}
