// LP block shared by the geothermal sources (production/reinjection wells, hot dry rock): MODEL §5 #1 and #3.
import type { BuildContext } from '../../model/build-context';
import type { ParamSpec } from '../types';
import { MODEL_DEFAULT, vomParam } from './params';

/** The geothermal tag: columns that supply tail water to absorption heat pumps. */
export const GEOTHERMAL_SOURCE_TAG = 'geothermalSource';

/**
 * Heat from a geothermal source with electric circulation pumps, per step t:
 *
 *   mustRun·Cap ≤ q_t ≤ Cap,   e_t = ρ_pump·q_t,   geothermal heat = q_t
 *
 * q_t heat output (MW_th); Cap capacity (MW_th); ρ_pump pump electricity per heat (MW_e/MW_th);
 * mustRun minimum load as a share of Cap (both bounds scale with `capacityParam` when it is sized); VOM in CNY/MWh_th. Closed loop, 100 % reinjection: no
 * water balance is modelled. The output is tagged as a tail-water source for absorption heat pumps.
 */
export function buildGeothermalSource(
  ctx: BuildContext,
  inst: { id: string; index: number },
  p: { capacityMw: number; pumpElecPerHeat: number; mustRun: number; vomCnyPerMwh: number },
  capacityParam: string,
): Int32Array {
  return ctx.addStepColumns(inst, {
    family: 'heat_out',
    role: 'production',
    lower: p.mustRun * p.capacityMw,
    upper: p.capacityMw,
    capacity: capacityParam,
    flows: { heat: 1, electricity: -p.pumpElecPerHeat, geothermal: 1 },
    vomCnyPerMwh: p.vomCnyPerMwh,
    tags: [GEOTHERMAL_SOURCE_TAG],
  });
}

/** Parameters every geothermal source has besides its capacity: pump electricity, must-run, VOM. */
export function geothermalSourceParams(d: { pumpElecPerHeat: number; vomCnyPerMwh: number }) {
  const pump: ParamSpec = {
    unit: '1',
    default: d.pumpElecPerHeat,
    min: 0,
    max: 0.5,
    label: { zh: '循环泵耗电率', en: 'Pump electricity per heat' },
    description: { zh: 'MW电/MW热', en: 'MW_e per MW_th' },
    source: MODEL_DEFAULT,
  };
  const mustRun: ParamSpec = {
    unit: '1',
    default: 0,
    min: 0,
    max: 1,
    label: { zh: '最低负荷率', en: 'Must-run share' },
    source: MODEL_DEFAULT,
  };
  return { pumpElecPerHeat: pump, mustRun, vomCnyPerMwh: vomParam(d.vomCnyPerMwh) };
}
