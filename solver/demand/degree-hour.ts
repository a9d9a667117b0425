// Degree-hour heat demand (MODEL §3.2, CJJ 34 method): hourly network heat demand from outdoor temperature.
import type { InputIssue } from '../issues';
import { showValue } from '../issues';

/** W per MW: the model computes A·q in W and reports MW. */
const WATTS_PER_MW = 1e6;

/** Indoor design temperature T_in, °C (MODEL §3.2; residential heating design value, GB 50736-2012). */
export const DEFAULT_INDOOR_C = 18;
/** Heating design outdoor temperature of Taiyuan T_design, °C (GB 50736-2012, MODEL §3.2). */
export const TAIYUAN_DESIGN_OUTDOOR_C = -10.1;
/** Network heat loss as a fraction of building demand, *assumed* (MODEL §3.2). */
export const DEFAULT_NETWORK_LOSS = 0.05;
/** Largest network loss fraction accepted: a network losing more than half its heat is a typo. */
export const MAX_NETWORK_LOSS = 0.5;

/** One group of buildings with a common design heat index. */
export interface DemandBlock {
  /** Stable identifier, unique within the spec. */
  id: string;
  /** Display label. */
  label?: string;
  /** Heated floor area A_b, m². */
  areaM2: number;
  /** Design heat index q_b (heat demand per m² at the design outdoor temperature), W/m². */
  designIndexWm2: number;
}

/** Inputs of the degree-hour demand model. */
export interface DegreeHourSpec {
  /** Building blocks whose demands are summed. */
  blocks: DemandBlock[];
  /** Indoor design temperature T_in, °C. */
  indoorC: number;
  /** Heating design outdoor temperature T_design, °C (must be below T_in). */
  designOutdoorC: number;
  /** Network heat loss fraction, 0..0.5 (0.05 = 5 % on top of the building demand). */
  networkLoss: number;
}

/**
 * Energy Island No. 1 (Taiyuan) demand defaults (MODEL §11): 1,060,000 m² at q_d = 34 W/m²
 * (calibrated, *assumed*), T_in 18 °C, T_design −10.1 °C, loss 5 %. Design peak 37.842 MW.
 */
export const ENERGY_ISLAND_DEMAND: DegreeHourSpec = {
  blocks: [{ id: 'island', label: 'Energy Island No. 1', areaM2: 1_060_000, designIndexWm2: 34 }],
  indoorC: DEFAULT_INDOOR_C,
  designOutdoorC: TAIYUAN_DESIGN_OUTDOOR_C,
  networkLoss: DEFAULT_NETWORK_LOSS,
};

/**
 * Hourly heat demand at the plant, MW:
 *
 *   D_t = Σ_b A_b·q_b · max(0, T_in − T_out,t)/(T_in − T_design) · (1 + loss) / 10⁶
 *
 * with A_b heated area of block b (m²), q_b its design heat index (W/m²), T_in the indoor design
 * temperature (°C), T_out,t the outdoor temperature of step t (°C), T_design the heating design
 * outdoor temperature (°C), loss the network heat-loss fraction (–) and 10⁶ W per MW. Demand is
 * linear in the temperature difference, 0 when T_out ≥ T_in, and exceeds the design peak when
 * T_out < T_design (no clipping: colder hours need more heat). Assumes a spec that passed
 * {@link validateDegreeHour}.
 */
export function degreeHourDemand(spec: DegreeHourSpec, tOutC: Float64Array): Float64Array {
  const peak = designPeakMw(spec);
  const span = spec.indoorC - spec.designOutdoorC;
  const demand = new Float64Array(tOutC.length);
  for (let t = 0; t < tOutC.length; t++) {
    // Ratio first: at T_out = T_design it is exactly 1, so D equals the design peak bit for bit.
    demand[t] = peak * (Math.max(0, spec.indoorC - tOutC[t]!) / span);
  }
  return demand;
}

/**
 * Design peak demand, MW, at T_out = T_design: P_design = Σ_b A_b·q_b·(1 + loss)/10⁶
 * (A_b m², q_b W/m², loss –). Energy Island: 1,060,000·34·1.05/10⁶ = 37.842 MW.
 */
export function designPeakMw(spec: DegreeHourSpec): number {
  let watts = 0;
  for (const block of spec.blocks) watts += block.areaM2 * block.designIndexWm2;
  return (watts * (1 + spec.networkLoss)) / WATTS_PER_MW;
}

/**
 * Validates a degree-hour spec; returns every issue (empty when valid): at least one block, unique
 * non-empty block ids, area and heat index finite and ≥ 0, temperatures finite with T_in > T_design,
 * loss finite in 0..0.5.
 */
export function validateDegreeHour(spec: DegreeHourSpec, path: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (spec.blocks.length === 0) {
    issues.push({ path: `${path}.blocks`, message: 'at least one demand block is needed' });
  }
  const seen = new Map<string, number>();
  spec.blocks.forEach((block, i) => {
    const at = `${path}.blocks[${i}]`;
    if (block.id.trim() === '') {
      issues.push({ path: `${at}.id`, message: 'the block id must not be empty', value: block.id });
    } else if (seen.has(block.id)) {
      issues.push({
        path: `${at}.id`,
        message: `id "${block.id}" is already used by ${path}.blocks[${seen.get(block.id)}]`,
        value: showValue(block.id),
      });
    } else {
      seen.set(block.id, i);
    }
    nonNegative(block.areaM2, `${at}.areaM2`, 'heated area', 'm²', issues);
    nonNegative(block.designIndexWm2, `${at}.designIndexWm2`, 'design heat index', 'W/m²', issues);
  });
  const finiteIn = Number.isFinite(spec.indoorC);
  const finiteDesign = Number.isFinite(spec.designOutdoorC);
  if (!finiteIn) {
    issues.push({
      path: `${path}.indoorC`,
      message: 'indoor temperature must be a finite number of °C',
      value: showValue(spec.indoorC),
    });
  }
  if (!finiteDesign) {
    issues.push({
      path: `${path}.designOutdoorC`,
      message: 'design outdoor temperature must be a finite number of °C',
      value: showValue(spec.designOutdoorC),
    });
  }
  if (finiteIn && finiteDesign && spec.indoorC <= spec.designOutdoorC) {
    issues.push({
      path: `${path}.designOutdoorC`,
      message: `design outdoor temperature ${spec.designOutdoorC} °C must be below the indoor temperature ${spec.indoorC} °C`,
      value: spec.designOutdoorC,
    });
  }
  if (!Number.isFinite(spec.networkLoss) || spec.networkLoss < 0 || spec.networkLoss > MAX_NETWORK_LOSS) {
    issues.push({
      path: `${path}.networkLoss`,
      message: `network loss ${String(spec.networkLoss)} must be a fraction in 0..${MAX_NETWORK_LOSS} (0.05 = 5 %)`,
      value: showValue(spec.networkLoss),
    });
  }
  return issues;
}

function nonNegative(value: number, path: string, what: string, unit: string, issues: InputIssue[]): void {
  if (!Number.isFinite(value) || value < 0) {
    issues.push({
      path,
      message: `${what} ${String(value)} ${unit} must be a finite number ≥ 0`,
      value: showValue(value),
    });
  }
}
