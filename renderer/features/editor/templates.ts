// What a section becomes when its kind is switched (weather source, demand model), keeping what carries over.

type Obj = Record<string, unknown>;
const MONTHS = 12;
const zeros = () => Array.from({ length: MONTHS }, () => 0);

/** Weather reference of the chosen kind; normals start as an empty 12-month table to fill in. */
export function switchWeather(prev: unknown, kind: string, siteName: string): Obj {
  const p = (prev ?? {}) as Obj;
  if (p['kind'] === kind) return p;
  if (kind === 'bundled') return { kind, id: 'taiyuan-tmyx' };
  if (kind === 'epw') return { kind, file: '' };
  return {
    kind: 'normals',
    name: siteName || 'site',
    latitudeDeg: 0,
    longitudeDeg: 0,
    timeZoneH: 8,
    elevationM: 0,
    tMeanC: zeros(),
    dailyRangeK: zeros(),
    ghiKwhM2Day: zeros(),
    windMs: zeros(),
  };
}

/** Demand of the chosen kind; heated area and design temperature carry over between the models. */
export function switchDemand(prev: unknown, kind: string): Obj {
  const p = (prev ?? {}) as Obj;
  if (p['kind'] === kind) return p;
  const blocks = Array.isArray(p['blocks']) ? (p['blocks'] as Obj[]) : [];
  const area =
    typeof p['areaM2'] === 'number'
      ? p['areaM2']
      : blocks.reduce((a, b) => a + (typeof b['areaM2'] === 'number' ? b['areaM2'] : 0), 0);
  const designOutdoorC = p['designOutdoorC'] ?? 0;
  if (kind === 'measured') return { kind, file: '', areaM2: area, designOutdoorC };
  return {
    kind: 'degreeHour',
    blocks: [{ id: 'block1', areaM2: area, designIndexWm2: 0 }],
    indoorC: 18,
    designOutdoorC,
    networkLoss: 0,
  };
}

/** A new demand block with an unused id. */
export function newBlock(blocks: unknown): Obj {
  const ids = Array.isArray(blocks) ? blocks.map((b) => (b as Obj)['id']) : [];
  let n = 1;
  while (ids.includes(`block${n}`)) n += 1;
  return { id: `block${n}`, areaM2: 0, designIndexWm2: 0 };
}
