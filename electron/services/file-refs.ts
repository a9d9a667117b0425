// The files a scenario makes the solver read (EPW weather, measured-demand CSV), and which of them a page may name.
import { sep } from 'node:path';
import { resolveScenarioPath } from './scenario-loader';

/** A file a scenario refers to: the JSON path of the reference and the absolute path it resolves to. */
export interface FileRef {
  readonly field: 'site.weather.file' | 'demand.file';
  readonly path: string;
}

/** The files `raw` refers to, resolved against `baseDir` (null = the bundled scenarios folder). */
export function referencedFiles(raw: unknown, baseDir: string | null): FileRef[] {
  const s = (raw ?? {}) as {
    site?: { weather?: { kind?: unknown; file?: unknown } };
    demand?: { kind?: unknown; file?: unknown };
  };
  const refs: FileRef[] = [];
  const weather = s.site?.weather;
  if (weather?.kind === 'epw' && typeof weather.file === 'string') {
    refs.push({ field: 'site.weather.file', path: resolveScenarioPath(weather.file, baseDir) });
  }
  if (s.demand?.kind === 'measured' && typeof s.demand.file === 'string') {
    refs.push({ field: 'demand.file', path: resolveScenarioPath(s.demand.file, baseDir) });
  }
  return refs;
}

/** Whether `path` is `dir` itself or lies somewhere below it. */
export function isInside(path: string, dir: string): boolean {
  const d = dir.endsWith(sep) ? dir : dir + sep;
  return path === dir || path.startsWith(d);
}
