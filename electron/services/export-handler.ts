// island:export:run: solves through the pool, renders with the export service, writes the file or returns base64.
import { randomUUID } from 'node:crypto';
import type { ExportRequest, ExportResult } from '../shared/ipc-contract';
import type { HostContext } from './context';
import { runExport } from './export/index';
import { basename } from 'node:path';
import { SCENARIO_EXTENSION, writeAtomic } from './files';
import { HostError } from './host-error';
import { solveThroughPool } from './solve-service';

/**
 * Runs an export. Solves go through the worker pool (never this thread). In Electron the bytes are written
 * atomically where the user chose (save dialog, or an approved `path`); a cancelled dialog → null. In the
 * browser host they are returned as base64 for a download.
 */
export async function runExportHandler(
  request: ExportRequest,
  ctx: HostContext,
): Promise<ExportResult | null> {
  const out = await runExport(request, {
    solve: (raw, baseDir) =>
      solveThroughPool(
        { requestId: `export-${randomUUID()}`, scenario: raw, baseDir, includeHourly: true },
        { ...ctx, emit: () => undefined },
      ),
    htmlToPdf: (html) => ctx.htmlToPdf(html),
  });
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
