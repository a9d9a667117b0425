// LP block and parameter specs shared by the two stores (phase-change heat, battery): MODEL §5 #11, #12.
import type { BuildContext, InstanceHandle } from '../../model/build-context';
import type { ParamSpec } from '../types';
import { rowName } from '../../lp/names';
import { MODEL_DEFAULT } from './params';

export type StorageParamKey =
  | 'energyMwh'
  | 'chargeMw'
  | 'dischargeMw'
  | 'etaCharge'
  | 'etaDischarge'
  | 'lossPerHour'
  | 'socMin'
  | 'socMax';

/** Parameter specs of a store with the given defaults (all from MODEL.md §5). */
export function storageParams(d: { readonly [P in StorageParamKey]: number }): Record<
  StorageParamKey,
  ParamSpec
> {
  const ratio = (value: number, zh: string, en: string, min = 0, max = 1): ParamSpec => ({
    unit: '1',
    default: value,
    min,
    max,
    label: { zh, en },
    source: MODEL_DEFAULT,
  });
  return {
    energyMwh: {
      unit: 'MWh',
      default: d.energyMwh,
      min: 0,
      max: 1e5,
      label: { zh: '储能容量', en: 'Energy capacity' },
      source: MODEL_DEFAULT,
      key: true,
    },
    chargeMw: {
      unit: 'MW',
      default: d.chargeMw,
      min: 0,
      max: 1e4,
      label: { zh: '充能功率', en: 'Charge power' },
      source: MODEL_DEFAULT,
      key: true,
    },
    dischargeMw: {
      unit: 'MW',
      default: d.dischargeMw,
      min: 0,
      max: 1e4,
      label: { zh: '放能功率', en: 'Discharge power' },
      source: MODEL_DEFAULT,
    },
    etaCharge: ratio(d.etaCharge, '充能效率', 'Charge efficiency', 0.01),
    etaDischarge: ratio(d.etaDischarge, '放能效率', 'Discharge efficiency', 0.01),
    lossPerHour: ratio(d.lossPerHour, '每小时自损率', 'Standing loss per hour', 0, 0.5),
    socMin: ratio(d.socMin, '最低荷电状态', 'Minimum state of charge'),
    socMax: ratio(d.socMax, '最高荷电状态', 'Maximum state of charge'),
  };
}

/**
 * A store on the heat or electricity bus, per step t of each cyclic group g (the season, or one
 * typical day):
 *
 *   s_t = (1 − λ)·s_prev(t) + η_ch·ch_t − dis_t/η_dis,   prev(first of g) = last of g  (cyclic, free level)
 *   socMin·E ≤ s_t ≤ socMax·E,   0 ≤ ch_t ≤ P_ch,   0 ≤ dis_t ≤ P_dis
 *
 * s level (MWh), ch/dis charge/discharge power on the bus side (MW), E energy capacity (MWh), λ standing
 * loss per hour (–), η efficiencies (–). Steps are 1 h, so power × 1 h = energy. The charge power follows
 * the discharge power when that is sized (one power capacity, MODEL §8 Conventions).
 *
 * A heat store charging and discharging in the same hour throws away (1 − η_ch·η_dis)·ch: without a price
 * that would be a free heat sink, cheaper than dumping. So heat charging pays the dump penalty on its
 * round-trip loss, π_dump·(1 − η_ch·η_dis) per MWh (0.0975 CNY/MWh at the defaults). Surplus electricity
 * has a free outlet already (PV/wind curtailment), so the battery needs no such term.
 */
export function buildStorage(
  ctx: BuildContext,
  inst: InstanceHandle<StorageParamKey>,
  carrier: 'heat' | 'electricity',
): { charge: Int32Array; discharge: Int32Array; level: Int32Array } {
  const p = inst.params;
  const roundTripLoss = 1 - p.etaCharge * p.etaDischarge;
  const charge = ctx.addStepColumns(inst, {
    family: 'charge',
    role: 'storageCharge',
    upper: p.chargeMw,
    capacity: 'dischargeMw',
    flows: carrier === 'heat' ? { heat: -1, rejected: roundTripLoss } : { electricity: -1 },
  });
  const discharge = ctx.addStepColumns(inst, {
    family: 'discharge',
    role: 'storageDischarge',
    upper: p.dischargeMw,
    capacity: 'dischargeMw',
    flows: carrier === 'heat' ? { heat: 1 } : { electricity: 1 },
  });
  const level = ctx.addStepColumns(inst, {
    family: 'level',
    role: 'storageLevel',
    lower: p.socMin * p.energyMwh,
    upper: Math.max(p.socMin, p.socMax) * p.energyMwh,
    capacity: 'energyMwh',
    flows: {},
  });
  for (const g of ctx.steps.cyclicGroups) {
    for (let k = 0; k < g.length; k++) {
      const t = g.start + k;
      const prev = k === 0 ? g.start + g.length - 1 : t - 1;
      const terms: [number, number][] = [
        [level[t]!, 1],
        [charge[t]!, -p.etaCharge],
        [discharge[t]!, 1 / p.etaDischarge],
      ];
      if (prev === t) terms[0]![1] = 1 - (1 - p.lossPerHour);
      else terms.push([level[prev]!, -(1 - p.lossPerHour)]);
      ctx.addRow(rowName('soc_balance', t, inst.id), 0, 0, terms);
    }
  }
  return { charge, discharge, level };
}

/** Cross-parameter rule of every store: the state-of-charge window must not be empty. */
export function checkStorage(p: { socMin: number; socMax: number }): { param: 'socMin'; message: string }[] {
  return p.socMin > p.socMax
    ? [{ param: 'socMin', message: `minimum state of charge ${p.socMin} is above the maximum ${p.socMax}` }]
    : [];
}
