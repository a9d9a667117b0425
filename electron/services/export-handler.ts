// island:export:run: runs the export on a solver worker, prints a PDF here, writes the file or returns base64.
import { randomUUID } from 'node:crypto';
import type { ExportRequest, ExportResult } from '../shared/ipc-contract';
import type { HostContext } from './context';
import { basename } from 'node:path';
import { SCENARIO_EXTENSION, writeAtomic } from './files';
import { HostError } from './host-error';
import { validateScenario } from '../../solver/scenario';
import { requireReadableFiles } from './solve-service';

/** Time for building, rendering and writing on top of the scenarios' own solver time limits, s. */
const EXPORT_EXTRA_SEC = 120;

/**
 * Runs an export. The whole export runs on a solver worker (never this thread). In Electron the bytes are written
 * atomically where the user chose (save dialog, or an approved `path`); a cancelled dialog → null. In the
 * browser host they are returned as base64 for a download.
 */
export async function runExportHandler(
  request: ExportRequest,
  ctx: HostContext,
): Promise<ExportResult | null> {
  await requireReadableFiles(request.scenarios, request.baseDir, ctx);
  // Solving, building, rendering and the workbook run on a solver worker; this process only prints a PDF.
  const limits = request.scenarios.map((raw) => {
    const checked = validateScenario(raw);
    return checked.ok ? checked.value.solver.timeLimitSec : 0;
  });
  const worked = await ctx.pool.exportRun({
    requestId: `export-${randomUUID()}`,
    job: {
      kind: 'export',
      format: request.format,
      ...(request.reportType ? { reportType: request.reportType } : {}),
      lang: request.lang,
      items: request.scenarios.map((raw) => ({ raw, baseDir: request.baseDir ?? null })),
    },
    timeLimitSec: limits.reduce((a, b) => a + b, 0) + EXPORT_EXTRA_SEC,
  });
  const out =
    request.format === 'pdf'
      ? { ...worked, bytes: await ctx.htmlToPdf(new TextDecoder().decode(worked.bytes)) }
      : worked;
  const base = {
    fileName: out.fileName,
    mimeType: out.mimeType,
    bytes: out.bytes.byteLength,
    warnings: out.warnings,
  };
  if (!ctx.dialogs) return { ...base, path: null, base64: Buffer.from(out.bytes).toString('base64') };
  const path = request.path ?? (await ctx.dialogs.saveExport(out.fileName, out.mimeType));
  if (path === null) return null;
  // An export never replaces a scenario file (that is Save, with its .bak), nor a file of another kind.
  const ext = out.fileName.slice(out.fileName.lastIndexOf('.')).toLowerCase();
  if (path.toLowerCase().endsWith(SCENARIO_EXTENSION) || !path.toLowerCase().endsWith(ext)) {
    throw new HostError('invalid-request', `an ${ext} export cannot be written to ${basename(path)}`);
  }
  await writeAtomic(path, out.bytes);
  return { ...base, path, base64: null };
}
