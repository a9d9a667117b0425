// The scenario file schema (zod v4, strict, finite numbers): the single source of the validator and the JSON Schema.
import { z } from 'zod';
import { TechnologyInstanceSchema, type TechnologyInstance } from './technology';
import { lpId, monthDay, policy, quantity } from './quantity';
import { EconomicsSettingsSchema, SizingSettingsSchema } from './investment';

/** The schema version this build writes and reads; older files are migrated (migrate.ts). */
export const SCHEMA_VERSION = 1;

const bilingual = z.strictObject({ zh: z.string().min(1).max(60), en: z.string().min(1).max(60) });
const twelve = (unit: string, min: number, max: number) =>
  z.array(quantity(unit, min, max)).length(12, { error: 'must list 12 monthly values, January first' });

/** Weather: the bundled Taiyuan TMYx, an EPW file next to the scenario, or synthesized monthly normals. */
export const WeatherRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bundled'), id: z.enum(['taiyuan-tmyx']) }),
  z.strictObject({ kind: z.literal('epw'), file: z.string().min(1).max(500) }),
  z.strictObject({
    kind: z.literal('normals'),
    name: z.string().min(1).max(120),
    latitudeDeg: quantity('deg', -66, 66),
    longitudeDeg: quantity('deg', -180, 180),
    timeZoneH: quantity('1', -12, 14),
    elevationM: quantity('m', -500, 6000).default(0),
    tMeanC: z
      .array(quantity('degC', -50, 45))
      .length(12, { error: 'must list 12 monthly values, January first' }),
    dailyRangeK: twelve('K', 0, 40),
    ghiKwhM2Day: twelve('kWh/m^2', 0, 12),
    windMs: twelve('m/s', 0, 30),
  }),
]);

const demandBlock = z.strictObject({
  id: lpId,
  label: z.string().max(120).optional(),
  areaM2: quantity('m^2', 0, 1e9),
  designIndexWm2: quantity('W/m^2', 0, 500),
});

/** Heat demand: the degree-hour model (MODEL §3.2) or a measured hourly profile. */
export const DemandSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('degreeHour'),
    blocks: z.array(demandBlock).min(1).max(50),
    indoorC: quantity('degC', 5, 30).default(18),
    designOutdoorC: quantity('degC', -60, 15),
    networkLoss: quantity('1', 0, 0.5).default(0.05),
  }),
  z.strictObject({
    kind: z.literal('measured'),
    file: z.string().min(1).max(500),
    areaM2: quantity('m^2', 0, 1e9),
    designOutdoorC: quantity('degC', -60, 15),
  }),
]);

const hours = z.array(z.number().int().min(0).max(23)).max(24);

/** Time-of-use tariff (MODEL §3.3), hour-beginning clock hours. */
export const TariffSchema = z.strictObject({
  preset: z.enum(['shanxi2021', 'gansu2024', 'custom']).default('custom'),
  flatCnyPerMwh: quantity('CNY/MWh', 0, 1e5),
  multipliers: z.strictObject({
    peak: quantity('1', 0, 10),
    valley: quantity('1', 0, 10),
    sharpOverPeak: quantity('1', 0, 10),
  }),
  bands: z.strictObject({ peak: hours, valley: hours, sharp: hours }),
  sharpMonths: z.array(z.number().int().min(1).max(12)).max(12),
});

export const PricesSchema = z.strictObject({
  exportEnabled: z.boolean().default(true),
  exportCnyPerMwh: quantity('CNY/MWh', 0, 1e5).default(332),
  importLimitMw: quantity('MW', 0, 1e5).default(20),
  gasCnyPerNm3: quantity('CNY/Nm3', 0, 100).default(3.5),
  gasLhvMjPerNm3: quantity('MJ/Nm3', 1, 100).default(35.6),
  carbonCnyPerT: quantity('CNY/tCO2', 0, 1e4).default(0),
  /** Price of standard coal for baseline coal boilers (assumed: ~800 CNY/t of 5500 kcal/kg coal, 2024). */
  coalCnyPerTce: quantity('CNY/tce', 0, 1e4).default(1000),
  vollCnyPerMwh: quantity('CNY/MWh', 0, 1e6).default(5000),
  dumpCnyPerMwh: quantity('CNY/MWh', 0, 1e4).default(1),
});

export const FactorsSchema = z.strictObject({
  gridCo2TPerMwh: quantity('tCO2/MWh', 0, 2).default(0.5703),
  gasCo2KgPerNm3: quantity('kg/Nm3', 0, 10).default(2.162),
  coalBoilerEfficiency: quantity('1', 0.1, 1).default(0.7),
  coalCo2TPerTce: quantity('tCO2/tce', 0, 5).default(2.66),
  electricityKgcePerKwh: quantity('kg/kWh', 0, 1).default(0.1229),
});

export const PoliciesSchema = z.strictObject({
  minGeothermalShare: policy('1', 0, 1, 0.7),
  co2CapT: policy('tCO2', 0, 1e9, 10000),
  gasMaxMwh: policy('MWh', 0, 1e9, 10000),
});

export const SolverSettingsSchema = z.strictObject({
  mode: z.enum(['season', 'representative']).default('season'),
  typicalDaysPerPeriod: z.number().int().min(1).max(31).default(3),
  backend: z.enum(['highs', 'jslp']).default('highs'),
  timeLimitSec: quantity('s', 1, 3600).default(120),
});

export const PeriodSchema = z.strictObject({ id: lpId, label: bilingual, start: monthDay, end: monthDay });

/** A whole scenario file. */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  name: z.string().min(1).max(200),
  nameZh: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
  site: z.strictObject({ name: z.string().min(1).max(200), weather: WeatherRefSchema }),
  season: z.strictObject({ start: monthDay, end: monthDay }),
  periods: z.array(PeriodSchema).min(1).max(12),
  demand: DemandSchema,
  tariff: TariffSchema,
  prices: PricesSchema.default(() => ({}) as never),
  factors: FactorsSchema.default(() => ({}) as never),
  policies: PoliciesSchema.default(() => ({}) as never),
  technologies: z.array(TechnologyInstanceSchema).max(200),
  solver: SolverSettingsSchema.default(() => ({}) as never),
  economics: EconomicsSettingsSchema.prefault({}),
  sizing: SizingSettingsSchema.prefault({}),
});

type Parsed = z.output<typeof ScenarioSchema>;
/** A validated scenario: every default filled in, every number finite and in range, in canonical units. */
export type Scenario = Omit<Parsed, 'technologies'> & { technologies: TechnologyInstance[] };
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type WeatherRef = Scenario['site']['weather'];
export type DemandSpec = Scenario['demand'];
export type TariffSpec = Scenario['tariff'];
export type SolverMode = Scenario['solver']['mode'];
