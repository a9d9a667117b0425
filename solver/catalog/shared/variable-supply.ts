// LP block shared by weather-driven electricity (PV, wind): MODEL §5 #9, #10.
import type { BuildContext, InstanceHandle } from '../../model/build-context';

/** Tag for local renewable electricity (the export cap, MODEL §4). */
export const RENEWABLE_TAG = 'renewableElectricity';

/**
 * Used output of a variable source, per step: 0 ≤ p_t ≤ p_max,t (MW_e) from its availability series;
 * curtailment is p_max,t − p_t. Tagged so the export cap can limit export to local renewable output.
 */
export function buildVariableSupply(ctx: BuildContext, inst: InstanceHandle, capacityParam: string): void {
  const avail = inst.series.availMw!;
  ctx.addStepColumns(inst, {
    family: 'elec_out',
    role: 'production',
    upper: (t) => avail[t]!,
    capacity: capacityParam,
    flows: { electricity: 1 },
    tags: [RENEWABLE_TAG],
  });
}
