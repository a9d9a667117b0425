// Runs an export through island:export:run; in the browser host the returned bytes become a download.
import { dirOf } from '../../store/live';
import type { ExportFormat, ReportType } from '../../../electron/shared/ipc-contract';
import { downloadBase64, getApi } from '../../bridge';
import { appStore } from '../../store';

export interface ExportChoice {
  readonly format: ExportFormat;
  readonly reportType?: ReportType;
  /** Include the compared scenarios (comparison workbook). */
  readonly withCompared?: boolean;
}

/** Exports the current scenario (and, if asked, the compared ones); reports the outcome as a notice. */
export async function runExport(choice: ExportChoice): Promise<void> {
  const s = appStore.getState();
  const compared = choice.withCompared
    ? s.compareIds.map((id) => s.compareEntries[id]?.scenario).filter((x) => x !== undefined && x !== null)
    : [];
  const reply = await getApi().exportRun({
    format: choice.format,
    reportType: choice.reportType,
    lang: s.lang,
    scenarios: [s.scenario, ...compared],
    // Relative EPW/CSV references of the current scenario resolve next to its file.
    ...(dirOf(s.path) ? { baseDir: dirOf(s.path) } : {}),
  });
  const say = (kind: 'info' | 'error', text: string) => appStore.getState().setNotice({ kind, text });
  if (!reply.ok) return say('error', reply.error.message);
  const r = reply.value;
  if (!r) return;
  if (r.base64 !== null) {
    downloadBase64(r.base64, r.fileName, r.mimeType);
    appStore.getState().setNotice({ kind: 'info', key: 'file.downloaded', vars: { file: r.fileName } });
  } else if (r.path)
    appStore.getState().setNotice({ kind: 'info', key: 'file.saved', vars: { path: r.path } });
  if (r.warnings.length) say('info', r.warnings.join(' · '));
}
