// Finds a CJK-capable font before printing, so Chinese text never turns into tofu without a warning.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { CJK_FONT_STACK } from '../../../solver/report/html';

/** The warning every caller shows (CLI on stderr, app as a notice) when no CJK font is installed. */
export const NO_CJK_FONT_WARNING = 'No CJK font found: Chinese text may not render; install fonts-noto-cjk';

/** Font files that carry Chinese glyphs on the usual systems (Debian Noto/WenQuanYi, Windows, macOS). */
export const KNOWN_CJK_FONT_FILES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simsun.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Medium.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
];

/** How long fc-list may take, ms. */
const FC_LIST_TIMEOUT_MS = 5000;

/** What was found: a family name for the CSS font stack (null when only a file was found) and a warning. */
export interface CjkFontCheck {
  readonly found: boolean;
  readonly family: string | null;
  readonly warning: string | null;
}

/** Ways to look, replaceable in tests. */
export interface FontProbe {
  /** Output of `fc-list :lang=zh family`; rejects when fontconfig is missing. */
  fcList(): Promise<string>;
  /** Whether a file exists. */
  exists(path: string): Promise<boolean>;
}

const systemProbe: FontProbe = {
  fcList: () =>
    new Promise((resolve, reject) => {
      execFile('fc-list', [':lang=zh', 'family'], { timeout: FC_LIST_TIMEOUT_MS }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      );
    }),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
};

/** Picks the family to prefer from fc-list output: one the report's font stack names, else a Sans SC face, else any. */
export function pickFamily(fcListOutput: string): string | null {
  const families = fcListOutput
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  const inStack = (f: string) => CJK_FONT_STACK.includes(`'${f}'`);
  const proportional = families.filter((f) => !/mono/i.test(f));
  return (
    families.find(inStack) ??
    proportional.find((f) => /sans/i.test(f) && /\bSC\b/.test(f)) ??
    proportional.find((f) => /sans|hei/i.test(f)) ??
    families[0] ??
    null
  );
}

/** Looks for a CJK font with fontconfig, then at the known file paths. */
export async function detectCjkFont(probe: FontProbe = systemProbe): Promise<CjkFontCheck> {
  try {
    const family = pickFamily(await probe.fcList());
    if (family) return { found: true, family, warning: null };
  } catch {
    // No fontconfig (Windows, macOS): the file list below decides.
  }
  for (const path of KNOWN_CJK_FONT_FILES) {
    if (await probe.exists(path)) return { found: true, family: null, warning: null };
  }
  return { found: false, family: null, warning: NO_CJK_FONT_WARNING };
}

let cached: Promise<CjkFontCheck> | null = null;

/** {@link detectCjkFont} on this machine, looked up once per process. */
export function systemCjkFont(): Promise<CjkFontCheck> {
  cached ??= detectCjkFont();
  return cached;
}
