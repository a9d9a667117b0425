// Validates a scenario object: migration, schema (all issues at once), then cross-field rules.
import type { z } from 'zod';
import { showValue, type Checked, type InputIssue } from '../issues';
import { technologyById } from '../catalog';
import { assignPeriods, buildSeason, validateTou } from '../time';
import { ScenarioSchema, type Scenario } from './schema';
import { migrateScenario } from './migrate';

/** Largest scenario JSON text accepted (a scenario is a few kB; 5 MB leaves room for long notes). */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** Parses JSON text and validates it; reports a JSON syntax error with its position. */
export function parseScenarioText(text: string): Checked<Scenario> {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      issues: [{ path: '(file)', message: `is ${text.length} bytes; the limit is ${MAX_SCENARIO_BYTES}` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validateScenario(raw);
}

/** Validates an untrusted object and returns the scenario with defaults filled, or ALL issues found. */
export function validateScenario(raw: unknown): Checked<Scenario> {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) return migrated;
  const parsed = ScenarioSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error.issues, migrated.value) };
  const scenario = parsed.data as Scenario;
  const issues = crossFieldIssues(scenario);
  return issues.length ? { ok: false, issues } : { ok: true, value: scenario };
}

function crossFieldIssues(s: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  const season = buildSeason(s.season);
  if (!season.ok) issues.push(...season.issues);
  else {
    const periods = assignPeriods(season.value, s.periods);
    if (!periods.ok) issues.push(...periods.issues);
  }
  issues.push(...validateTou(s.tariff, 'tariff'));
  const seen = new Map<string, number>();
  s.technologies.forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined) {
      issues.push({
        path: `technologies[${i}].id`,
        message: `"${t.id}" is already used by technologies[${first}]`,
        value: t.id,
      });
    } else seen.set(t.id, i);
    const def = technologyById(t.type);
    if (!def) issues.push({ path: `technologies[${i}].type`, message: 'unknown technology', value: t.type });
    for (const rule of def?.check?.(t.params) ?? []) {
      issues.push({
        path: `technologies[${i}].params.${rule.param}`,
        message: rule.message,
        value: t.params[rule.param],
      });
    }
  });
  if (s.demand.kind === 'degreeHour' && s.demand.indoorC <= s.demand.designOutdoorC) {
    issues.push({
      path: 'demand.designOutdoorC',
      message: `must be below the indoor temperature ${s.demand.indoorC} °C`,
      value: s.demand.designOutdoorC,
    });
  }
  const blockIds = new Set<string>();
  if (s.demand.kind === 'degreeHour') {
    s.demand.blocks.forEach((b, i) => {
      if (blockIds.has(b.id))
        issues.push({ path: `demand.blocks[${i}].id`, message: 'is used twice', value: b.id });
      blockIds.add(b.id);
    });
  }
  return issues;
}

/** Turns zod issues into named issues: JSON path, the value found, and what is allowed. */
function zodIssues(list: readonly z.core.$ZodIssue[], root: unknown): InputIssue[] {
  return list.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: 'is not a known field (check the spelling)',
      }));
    }
    const value = valueAt(root, issue.path);
    const message =
      issue.code === 'invalid_type' && value === undefined ? `is required (${issue.message})` : issue.message;
    return [{ path: formatPath(issue.path), message, value: showValue(value) }];
  });
}

/** technologies[3].params.capacityMw */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
