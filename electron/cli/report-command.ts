// `island report`: solve scenario files in-process and write a PDF/HTML report, workbook or CSV via the export service.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { InputError } from '../../solver/issues';
import { runDispatch } from '../../solver/run';
import type { ExportFormat } from '../shared/ipc-contract';
import { resolveScenario } from '../services/scenario-loader';
import { exportJob, EXPORT_FORMATS, type ExportItem } from '../services/export';
import { htmlToPdfWithChromium } from '../services/export/pdf-chromium';
import { choice, parseArgs, stringFlag, UsageError } from './args';

/** Usage line of the command. */
export const REPORT_USAGE = `island report <scenario.json...> --type proposal|technical --lang zh|en --format pdf|xlsx|csv|html --out <file>
           (also --format inputs-csv|lp|mps|json; several scenarios + xlsx = comparison workbook,
            several + pdf/html = the first compared with the others)`;

/** Output extension → format, when --format is not given. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, ExportFormat>> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.lp': 'lp',
  '.mps': 'mps',
  '.json': 'json',
};

/** Reads one scenario file: raw JSON plus its folder (relative paths inside resolve against it). */
async function readItem(file: string): Promise<ExportItem> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError([{ path: file, message: `cannot read ${path}: ${(error as Error).message}` }]);
  }
  try {
    return { raw: JSON.parse(text) as unknown, baseDir: dirname(path) };
  } catch (error) {
    throw new InputError([{ path: file, message: `not JSON: ${(error as Error).message}` }]);
  }
}

/** Solves in this process (the CLI has no worker pool): resolve files, then run the LP. */
async function solveInProcess(raw: unknown, baseDir: string | null) {
  const { scenario, weather, measuredDemandMw } = await resolveScenario(raw, baseDir);
  return runDispatch(scenario, weather, { measuredDemandMw });
}

/**
 * Runs `island report`; returns the exit code: 0 written (path, size and time on stdout; warnings on
 * stderr), 1 solver or printing failure, 2 bad arguments or invalid scenario (issues on stderr).
 */
export async function reportCommand(
  argv: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const start = performance.now();
  try {
    const args = parseArgs(argv, ['type', 'lang', 'format', 'out'], []);
    if (args.positional.length === 0) throw new UsageError('expected at least one scenario file');
    const type = choice(args, 'type', ['proposal', 'technical'] as const) ?? 'proposal';
    const lang = choice(args, 'lang', ['zh', 'en'] as const) ?? 'zh';
    const outFlag = stringFlag(args, 'out');
    const format =
      choice(args, 'format', EXPORT_FORMATS) ??
      (outFlag ? FORMAT_OF_EXTENSION[extname(outFlag).toLowerCase()] : undefined);
    if (!format)
      throw new UsageError(
        '--format is required (or an --out file ending in .pdf, .html, .xlsx, .csv, .lp, .mps, .json)',
      );
    const items: ExportItem[] = [];
    for (const file of args.positional) items.push(await readItem(file));
    const result = await exportJob(
      { format, reportType: type, lang, items },
      { solve: solveInProcess, htmlToPdf: htmlToPdfWithChromium },
    );
    const out = resolve(outFlag ?? result.fileName);
    await writeFile(out, result.bytes);
    for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
    const ms = performance.now() - start;
    io.stdout(`${out} (${result.bytes.byteLength} bytes, ${ms.toFixed(0)} ms)\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`island report: ${error.message}\nusage: ${REPORT_USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`island report: ${error.message}\n`);
      return 2;
    }
    io.stderr(`island report: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
