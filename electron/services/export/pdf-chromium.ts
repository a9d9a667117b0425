// Prints report HTML to PDF with headless Debian Chromium through playwright-core (CLI and tests; the app uses printToPDF).
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium lives unless CHROMIUM_PATH says otherwise (Debian's package; nothing is downloaded). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-free headless print (containers run as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Longest a single print may take before it is abandoned, ms. */
const PRINT_TIMEOUT_MS = 60_000;

/**
 * Renders `html` (a standalone page: no external resources) to an A4 PDF with backgrounds, honouring the
 * page's @page rules (margins, footer margin boxes). Launches and closes one browser per call.
 */
export async function htmlToPdfWithChromium(html: string): Promise<Uint8Array> {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      timeout: PRINT_TIMEOUT_MS,
    });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
    // An expression string: it runs in the page, and electron/ compiles without the DOM lib.
    await page.evaluate('document.fonts.ready.then(() => undefined)').catch(() => undefined);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser?.close();
  }
}
