// Scenario blocks of MODEL §8: investment economics settings and sizing mode (which capacities, bounds, constraints).
import { z } from 'zod';
import { lpId, policy, quantity } from './quantity';

/** Per-instance overrides of the catalog economics (MODEL §8: "all editable"). */
const EconomicsOverrideSchema = z.strictObject({
  /** CNY per unit of the technology's capacity unit (MW, MWh, m², MWp). */
  capexCnyPerUnit: quantity('CNY', 0, 1e12).optional(),
  /** CNY per MW of a store's power capacity. */
  powerCapexCnyPerMw: quantity('CNY', 0, 1e12).optional(),
  lifetimeYears: z
    .number({ error: 'must be a whole number of years ≥ 1' })
    .int({ error: 'must be a whole number of years ≥ 1' })
    .min(1, { error: 'must be at least 1 year (allowed 1 … 100)' })
    .max(100, { error: 'must be at most 100 years (allowed 1 … 100)' })
    .optional(),
  fomShareOfCapex: quantity('1', 0, 1).optional(),
});

/** Discount rate: any finite rate above −100 % (a rate of −100 % makes (1 + r)^n zero). */
const discountRate = z
  .number({ error: 'must be a finite number above -1 (−100 %)' })
  .gt(-1, { error: 'must be above -1 (−100 %); allowed -1 < r ≤ 1' })
  .max(1, { error: 'must be at most 1 (100 %); allowed -1 < r ≤ 1' });

/** MODEL §8 scenario economics: discounting, horizon, escalation, subsidy, optional revenue. */
export const EconomicsSettingsSchema = z.strictObject({
  discountRate: discountRate.default(0.06),
  horizonYears: z
    .number({ error: 'must be a whole number of years in 1 … 100' })
    .int({ error: 'must be a whole number of years in 1 … 100' })
    .min(1, { error: 'must be at least 1 year (allowed 1 … 100)' })
    .max(100, { error: 'must be at most 100 years (allowed 1 … 100)' })
    .default(25),
  /** Energy price and revenue escalation per year (fuel, electricity, tariff). */
  escalationPerYear: quantity('1', -0.5, 1).default(0),
  /** One-off subsidy or grant at year 0, CNY. */
  subsidyCny: quantity('CNY', 0, 1e13).default(0),
  /** Heating tariff revenue, CNY per m² heated per season; null = none (*assumed*: enter the local notice). */
  tariffCnyPerM2: quantity('CNY/m^2', 0, 1e4).nullable().default(null),
  /** One-off connection fees, CNY per m² heated; null = none. */
  connectionFeeCnyPerM2: quantity('CNY/m^2', 0, 1e5).nullable().default(null),
  /** Residual value of the plant at year N, CNY (MODEL §8: none unless set). */
  residualValueCny: quantity('CNY', 0, 1e13).default(0),
  /** Overrides of the catalog economics, by instance id. */
  technologies: z.record(lpId, EconomicsOverrideSchema).default(() => ({})),
});

/** One capacity chosen by the optimiser: a continuous [min, max] or whole units of `unitSize`. */
const SizedCapacitySchema = z.strictObject({
  instance: lpId,
  /** Which capacity: the technology's capacity (default) or a store's power. */
  capacity: z.enum(['capacity', 'power']).default('capacity'),
  /** Bounds in the capacity's own unit (MW, MWh, m², MWp; doublets count as MW). Default per MODEL §8. */
  min: quantity('1', 0, 1e7).optional(),
  max: quantity('1', 0, 1e7).optional(),
  /** Whole units: wells count doublets; any other capacity counts units of `unitSize`. */
  integer: z.boolean().default(false),
  /** Size of one unit in the capacity's unit; default the scenario's value (one boiler of 14 MW). */
  unitSize: z
    .number({ error: 'must be a finite number > 0' })
    .gt(0, { error: 'must be above 0 (a unit of size 0 cannot be built); allowed > 0' })
    .max(1e6, { error: 'must be at most 1000000' })
    .optional(),
});

/** Sizing mode settings (MODEL §8): which capacities, their bounds, and the optional constraints. */
export const SizingSettingsSchema = z.strictObject({
  /** Capacities to size; empty = every enabled capacity within the default bounds. */
  capacities: z
    .array(SizedCapacitySchema)
    .max(400)
    .default(() => []),
  /** Firm capacity with the largest unit out ≥ the design-hour and the coldest-hour load. */
  designCheck: z.boolean().default(true),
  /** Remove the largest single unit in the design check (N−1). */
  nMinus1: z.boolean().default(true),
  /** Cap on the total CAPEX, CNY. */
  capexBudgetCny: policy('CNY', 0, 1e13, 5e8).prefault({}),
  /** Relative MIP gap at which HiGHS stops. */
  mipRelGap: quantity('1', 0, 1).default(1e-4),
  timeLimitSec: quantity('s', 1, 36000).default(300),
});

export type EconomicsSettings = z.output<typeof EconomicsSettingsSchema>;
export type SizingSettings = z.output<typeof SizingSettingsSchema>;
export type SizedCapacitySpec = SizingSettings['capacities'][number];
