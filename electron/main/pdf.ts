// HTML → PDF with Chromium's printer: a hidden, sandboxed window with JavaScript off, in its own session.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, session } from 'electron';
import { hardenSession } from './security';

/** Session partition of the PDF printer (no preload, no permissions, file:// only). */
export const PDF_PARTITION = 'island-pdf';
let hardened = false;

/**
 * Prints an HTML document to an A4 PDF. The HTML is written to a private temp folder and loaded from there
 * (a data: URL would cap the size); the window has no preload, no JavaScript and no network.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  if (!hardened) {
    hardenSession(session.fromPartition(PDF_PARTITION), { withCsp: false, allowFiles: true });
    hardened = true;
  }
  const dir = await mkdtemp(join(tmpdir(), 'island-pdf-'));
  const file = join(dir, 'report.html');
  await writeFile(file, html, 'utf8');
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PDF_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadFile(file);
    // The report's own @page rules (A4, margins, footer boxes) decide, as in the CLI's headless print.
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
