// Brings a scenario file written by an older version up to SCHEMA_VERSION, and refuses newer ones.
import type { Checked } from '../issues';
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/**
 * Upgrade steps: MIGRATIONS[v] turns a version-v object into version v+1. Version 0 is the
 * pre-release draft format, which kept technologies as an object keyed by instance id and had
 * no schemaVersion field.
 */
const MIGRATIONS: Record<number, (s: Json) => Json> = {
  0: (s) => {
    const techs = s['technologies'];
    const list =
      techs && typeof techs === 'object' && !Array.isArray(techs)
        ? Object.entries(techs as Record<string, unknown>).map(([id, t]) => ({ id, ...(t as Json) }))
        : techs;
    return { ...s, technologies: list, schemaVersion: 1 };
  },
};

/**
 * Inputs retired without a schema version change: `factors.coalNetworkEfficiency` divided the coal
 * baseline by a network efficiency although the demand already includes the network loss (MODEL §9
 * rev 3). Files that still carry it open unchanged otherwise; the value no longer has a meaning.
 */
function dropRetired(s: Json): Json {
  const factors = s['factors'];
  if (!factors || typeof factors !== 'object' || Array.isArray(factors)) return s;
  const kept = Object.entries(factors as Json).filter(([key]) => key !== 'coalNetworkEfficiency');
  return { ...s, factors: Object.fromEntries(kept) };
}

/** Returns the object migrated to the current version, or an issue for a non-object or a newer file. */
export function migrateScenario(raw: unknown): Checked<unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'a scenario must be a JSON object' }] };
  }
  let s = raw as Json;
  const version = s['schemaVersion'] ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `must be a whole number ≤ ${SCHEMA_VERSION}`,
          value: String(version),
        },
      ],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `this file was written by a newer version (schema ${version}); this app reads schema ≤ ${SCHEMA_VERSION}. Update the app to open it.`,
          value: version,
        },
      ],
    };
  }
  for (let v = version; v < SCHEMA_VERSION; v++) s = MIGRATIONS[v]!(s);
  return { ok: true, value: dropRetired(s) };
}
