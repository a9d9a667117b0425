// Reads what a scenario refers to on disk (weather, measured demand) and returns the engine's inputs.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError, type InputIssue } from '../../solver/issues';
import { parseScenarioText, validateScenario, type Scenario } from '../../solver/scenario';
import { parseEpw, synthesizeFromNormals, type WeatherYear } from '../../solver/weather';
import { buildSeason } from '../../solver/time';
import { parseMeasuredProfile } from '../../solver/demand';
import { MAX_EPW_CHARS } from '../../solver/weather';
import { scenariosDir } from './paths';

/** File name of the bundled Taiyuan TMYx weather year. */
export const BUNDLED_WEATHER: Readonly<Record<string, string>> = {
  'taiyuan-tmyx': 'weather/CHN_SX_Taiyuan.537720_TMYx.epw',
};

/** The engine's inputs for one scenario. */
export interface ResolvedScenario {
  readonly scenario: Scenario;
  readonly weather: WeatherYear;
  readonly measuredDemandMw?: Float64Array;
}

const weatherCache = new Map<string, { mtimeMs: number; weather: WeatherYear }>();

/** Reads a scenario JSON file; throws InputError naming the file and every issue. */
export async function readScenarioFile(
  path: string,
): Promise<{ scenario: Scenario; raw: unknown; mtimeMs: number }> {
  const info = await stat(path);
  const text = await readFile(path, 'utf8');
  const checked = parseScenarioText(text);
  if (!checked.ok) throw new InputError(checked.issues, `${path} is not a valid scenario`);
  return { scenario: checked.value, raw: JSON.parse(text) as unknown, mtimeMs: info.mtimeMs };
}

/** Resolves a path from a scenario against its folder (or the bundled scenarios folder). */
export function resolveScenarioPath(file: string, baseDir: string | null | undefined): string {
  return isAbsolute(file) ? file : resolve(baseDir ?? scenariosDir(), file);
}

/** Loads the weather year the scenario names. EPW files are cached by path and modification time. */
export async function loadWeather(s: Scenario, baseDir?: string | null): Promise<WeatherYear> {
  const ref = s.site.weather;
  if (ref.kind === 'normals') {
    const checked = synthesizeFromNormals({
      name: ref.name,
      location: {
        name: ref.name,
        latitudeDeg: ref.latitudeDeg,
        longitudeDeg: ref.longitudeDeg,
        timeZoneH: ref.timeZoneH,
        elevationM: ref.elevationM,
      },
      tMeanC: ref.tMeanC,
      dailyRangeK: ref.dailyRangeK,
      ghiKwhM2Day: ref.ghiKwhM2Day,
      windMs: ref.windMs,
    });
    if (!checked.ok) throw new InputError(prefix(checked.issues, 'site.weather'), 'weather normals');
    return checked.value;
  }
  const path =
    ref.kind === 'bundled'
      ? join(scenariosDir(), BUNDLED_WEATHER[ref.id]!)
      : resolveScenarioPath(ref.file, baseDir);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError([{ path: 'site.weather.file', message: `file not found: ${path}`, value: path }]);
  }
  if (info.size > MAX_EPW_CHARS) {
    throw new InputError([
      { path: 'site.weather.file', message: `${path} is ${info.size} bytes; the limit is ${MAX_EPW_CHARS}` },
    ]);
  }
  const cached = weatherCache.get(path);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached.weather;
  const checked = parseEpw(await readFile(path, 'utf8'), path);
  if (!checked.ok) throw new InputError(checked.issues, `weather file ${path}`);
  weatherCache.set(path, { mtimeMs: info.mtimeMs, weather: checked.value });
  return checked.value;
}

/** Validates a raw scenario and loads everything it refers to. Throws InputError on any problem. */
export async function resolveScenario(raw: unknown, baseDir?: string | null): Promise<ResolvedScenario> {
  const checked = validateScenario(raw);
  if (!checked.ok) throw new InputError(checked.issues, 'invalid scenario');
  const scenario = checked.value;
  const weather = await loadWeather(scenario, baseDir);
  if (scenario.demand.kind !== 'measured') return { scenario, weather };
  const path = resolveScenarioPath(scenario.demand.file, baseDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError([{ path: 'demand.file', message: `file not found: ${path}`, value: path }]);
  }
  const season = buildSeason(scenario.season);
  if (!season.ok) throw new InputError(season.issues);
  const profile = parseMeasuredProfile(text, season.value);
  if (!profile.ok) throw new InputError(profile.issues, `measured profile ${path}`);
  return { scenario, weather, measuredDemandMw: profile.value.demandMw };
}

function prefix(issues: InputIssue[], path: string): InputIssue[] {
  return issues.map((i) => ({ ...i, path: `${path}.${i.path}` }));
}
