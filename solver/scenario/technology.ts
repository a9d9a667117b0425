// The scenario's technology instances: a schema per catalog entry, generated from its parameter specs.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import type { TechnologyDefinition } from '../catalog';
import { lpId, quantity } from './quantity';

/** Schema of one instance of `def`: params are optional and default to the catalog values. */
function instanceSchema(def: TechnologyDefinition) {
  const params = Object.fromEntries(
    Object.entries(def.params).map(([key, spec]) => [
      key,
      quantity(spec.unit, spec.min, spec.max, { integer: spec.integer })
        .default(spec.default)
        .meta({
          description: `${spec.label.en} (${spec.label.zh}); default ${spec.default}; source: ${spec.source}`,
        }),
    ]),
  );
  return z.strictObject({
    id: lpId,
    type: z.literal(def.id),
    enabled: z.boolean().default(true),
    label: z.string().max(120).optional(),
    params: z.strictObject(params).default(() => ({}) as never),
  });
}

/** One technology instance in a scenario, discriminated by `type`. */
export const TechnologyInstanceSchema = z.discriminatedUnion(
  'type',
  CATALOG.map(instanceSchema) as unknown as [
    ReturnType<typeof instanceSchema>,
    ...ReturnType<typeof instanceSchema>[],
  ],
);

/** A parsed instance: every parameter present. */
export interface TechnologyInstance {
  id: string;
  type: string;
  enabled: boolean;
  label?: string;
  params: Record<string, number>;
}
