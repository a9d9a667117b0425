// CJK font detection: fontconfig first, known files second, a warning (never silent tofu) when neither finds one.
import { describe, expect, it } from 'vitest';
import {
  detectCjkFont,
  KNOWN_CJK_FONT_FILES,
  NO_CJK_FONT_WARNING,
  pickFamily,
} from '../../electron/services/export/fonts';

describe('CJK font detection', () => {
  it('prefers a family the report font stack names, then a proportional Sans SC face', () => {
    expect(pickFamily('Noto Sans Mono CJK SC\nNoto Serif CJK SC\nNoto Sans CJK SC,Noto Sans CJK\n')).toBe(
      'Noto Sans CJK SC',
    );
    expect(pickFamily('WenQuanYi Zen Hei,文泉驿正黑\nAR PL UMing CN\n')).toBe('WenQuanYi Zen Hei');
    expect(pickFamily('')).toBeNull();
  });

  it('falls back to known font files when fontconfig is missing', async () => {
    const found = await detectCjkFont({
      fcList: () => Promise.reject(new Error('fc-list: not found')),
      exists: async (p) => p === KNOWN_CJK_FONT_FILES[4],
    });
    expect(found).toEqual({ found: true, family: null, warning: null });
  });

  it('warns when no CJK font exists anywhere', async () => {
    const none = await detectCjkFont({ fcList: async () => '', exists: async () => false });
    expect(none).toEqual({ found: false, family: null, warning: NO_CJK_FONT_WARNING });
    expect(NO_CJK_FONT_WARNING).toBe(
      'No CJK font found: Chinese text may not render; install fonts-noto-cjk',
    );
  });
});
