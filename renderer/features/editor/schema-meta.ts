// Reads unit and allowed range of a scenario field from the zod schema itself (no range written twice).
import { z } from 'zod';
import { ScenarioSchema } from '../../../solver/scenario';
import { getAt, type Path } from '../../store/paths';

/** What the editor shows beside a number: canonical unit, allowed range, whole numbers only. */
export interface NumberSpec {
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** The schema's default, applied when the field is left out. */
  readonly default?: number;
}

function unitMeta(s: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(s) as { unit?: unknown } | undefined;
  return typeof meta?.unit === 'string' ? meta.unit : undefined;
}

/** Walks wrappers (default, optional, pipe) down to the schema that parses the value. */
function unwrap(s: z.ZodType): z.ZodType {
  if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodPrefault) {
    return unwrap(s.def.innerType as z.ZodType);
  }
  return s;
}

/** The schema of the field at path; discriminated unions pick the option the current value names. */
export function schemaAt(path: Path, raw: unknown): z.ZodType | null {
  let s: z.ZodType = ScenarioSchema;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    s = unwrap(s);
    if (s instanceof z.ZodDiscriminatedUnion) {
      const disc = (s as z.ZodDiscriminatedUnion).def.discriminator;
      const here = getAt(raw, path.slice(0, i)) as Record<string, unknown> | undefined;
      const tag = here?.[disc];
      const option = ((s as z.ZodDiscriminatedUnion).def.options as z.ZodType[]).find((o) => {
        const inner = unwrap(o);
        if (!(inner instanceof z.ZodObject)) return false;
        const lit = (inner.shape as Record<string, z.ZodType>)[disc];
        return lit instanceof z.ZodLiteral && lit.def.values.includes(tag as never);
      });
      if (!option) return null;
      s = unwrap(option);
    }
    if (s instanceof z.ZodObject && typeof key === 'string') {
      const next = (s.shape as Record<string, z.ZodType>)[key];
      if (!next) return null;
      s = next;
    } else if (s instanceof z.ZodArray && typeof key === 'number') {
      s = s.element as z.ZodType;
    } else return null;
  }
  return s;
}

/** Unit and range of a number field, found through default/pipe/union wrappers; null if not numeric. */
export function numberSpec(schema: z.ZodType | null): NumberSpec | null {
  let unit: string | undefined;
  let fallback: number | undefined;
  const visit = (s: z.ZodType): z.ZodNumber | null => {
    unit ??= unitMeta(s);
    if (s instanceof z.ZodDefault && typeof s.def.defaultValue === 'number') fallback ??= s.def.defaultValue;
    if (s instanceof z.ZodNumber)
      return Number.isFinite(s.minValue ?? NaN) || Number.isFinite(s.maxValue ?? NaN) ? s : null;
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodPrefault) {
      return visit(s.def.innerType as z.ZodType);
    }
    if (s instanceof z.ZodPipe) return visit(s.def.out as z.ZodType) ?? visit(s.def.in as z.ZodType);
    return null;
  };
  const num = schema ? visit(schema) : null;
  if (!num) return null;
  return {
    unit: unit ?? '1',
    min: num.minValue ?? -Infinity,
    max: num.maxValue ?? Infinity,
    integer: num.isInt,
    ...(fallback === undefined ? {} : { default: fallback }),
  };
}

const cache = new Map<string, NumberSpec | null>();

/** numberSpec of the field at path (cached by path and the discriminators on the way: kinds and technology type). */
export function numberSpecAt(path: Path, raw: unknown): NumberSpec | null {
  const tags = [getAt(raw, ['site', 'weather', 'kind']), getAt(raw, ['demand', 'kind'])];
  if (path[0] === 'technologies') tags.push(getAt(raw, ['technologies', path[1] ?? -1, 'type']));
  const key = `${path.join('.')}|${JSON.stringify(tags)}`;
  if (!cache.has(key)) cache.set(key, numberSpec(schemaAt(path, raw)));
  return cache.get(key) ?? null;
}
