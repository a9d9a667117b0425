// User settings persisted in the app data folder (the UI language).
import { join } from 'node:path';
import type { Lang } from '../shared/ipc-contract';
import { readJson, writeAtomic } from './files';

/** Persisted settings. */
export interface Settings {
  readonly lang: Lang;
}

/** The language to start in when nothing is saved: Chinese for a Chinese system locale, else English. */
export function defaultLang(locale: string): Lang {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Reads and writes `<dataDir>/settings.json`. */
export class SettingsService {
  private readonly file: string;
  private cached: Settings | null = null;

  constructor(
    readonly dataDir: string,
    private readonly fallbackLang: Lang = 'zh',
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  /** Current settings (defaults when the file is missing or damaged). */
  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    const raw = (await readJson(this.file)) as { lang?: unknown } | null;
    const lang = raw?.lang === 'zh' || raw?.lang === 'en' ? raw.lang : this.fallbackLang;
    this.cached = { lang };
    return this.cached;
  }

  /** Saves the language. */
  async setLang(lang: Lang): Promise<Settings> {
    this.cached = { lang };
    await writeAtomic(this.file, JSON.stringify({ version: 1, lang }, null, 2));
    return this.cached;
  }
}
