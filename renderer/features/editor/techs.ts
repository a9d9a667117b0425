// Technology instances of a raw scenario, and new instances from catalog defaults (no facts written here).
import { defaultParams, technologyById, type TechnologyDefinition } from '../../../solver/catalog';

/** An instance row as the table needs it; `def` is undefined for an unknown type (the validator says so). */
export interface InstanceRow {
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly def: TechnologyDefinition | undefined;
}

const rowsCache = new WeakMap<object, InstanceRow[]>();

/** The technology instances of a raw scenario (cached per array, so selectors stay stable). */
export function instanceRows(technologies: unknown): InstanceRow[] {
  if (!Array.isArray(technologies)) return [];
  const hit = rowsCache.get(technologies);
  if (hit) return hit;
  const rows = technologies.map((t: unknown, index) => {
    const o = (t ?? {}) as { id?: unknown; type?: unknown };
    const type = typeof o.type === 'string' ? o.type : '';
    return { index, id: typeof o.id === 'string' ? o.id : '', type, def: technologyById(type) };
  });
  rowsCache.set(technologies, rows);
  return rows;
}

/** A new enabled instance of `type` with the catalog's default parameters and an unused id. */
export function newInstance(type: string, existingIds: readonly string[]): Record<string, unknown> | null {
  const def = technologyById(type);
  if (!def) return null;
  let n = 1;
  while (existingIds.includes(`${type}_${n}`)) n += 1;
  return { id: `${type}_${n}`, type, enabled: true, params: defaultParams(def) };
}

/** The parameters shown in the compact row (catalog `key: true`), then all the others. */
export function paramKeys(def: TechnologyDefinition): { key: string[]; rest: string[] } {
  const entries = Object.entries(def.params);
  return {
    key: entries.filter(([, s]) => s.key).map(([k]) => k),
    rest: entries.filter(([, s]) => !s.key).map(([k]) => k),
  };
}
