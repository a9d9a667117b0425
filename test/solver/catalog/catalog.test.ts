// The technology catalog: labels, colours, parameter specs with sources, math text, LP-safe unique ids, the 13 of MODEL §5.
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  ISLAND_TECHNOLOGY_IDS,
  TECHNOLOGY_IDS,
  capacityOf,
  defaultParams,
  technologyById,
} from '../../../solver/catalog';
import { LP_NAME } from '../../../solver/lp/linear-model';
import { isCplexSafeName } from '../../../solver/lp/names';

/** MODEL §5, in its numbering. */
const MODEL_13 = [
  'geothermalWells',
  'absorptionHeatPump',
  'hotDryRock',
  'shallowGroundHeatPump',
  'airSourceHeatPump',
  'sewageHeatPump',
  'reclaimedWaterHeatPump',
  'solarThermal',
  'pv',
  'wind',
  'phaseChangeStorage',
  'battery',
  'gasBoiler',
];
const HAN = /\p{Script=Han}/u;

describe('catalog', () => {
  it('ISLAND_TECHNOLOGY_IDS are exactly the 13 of MODEL §5, in order', () => {
    expect(ISLAND_TECHNOLOGY_IDS).toEqual(MODEL_13);
    expect(CATALOG.filter((t) => t.order <= 13).map((t) => t.order)).toEqual(MODEL_13.map((_, i) => i + 1));
  });

  it('ids are unique, LP-safe and CPLEX-safe, and orders strictly increase', () => {
    expect(new Set(TECHNOLOGY_IDS).size).toBe(TECHNOLOGY_IDS.length);
    for (const id of TECHNOLOGY_IDS) {
      expect(id).toMatch(LP_NAME);
      expect(isCplexSafeName(id), id).toBe(true);
      expect(technologyById(id)?.id).toBe(id);
    }
    const orders = CATALOG.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    expect(technologyById('nuclearReactor')).toBeUndefined();
  });

  it('colours are distinct CSS hex colours', () => {
    for (const t of CATALOG) expect(t.colour, t.id).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Set(CATALOG.map((t) => t.colour.toLowerCase())).size).toBe(CATALOG.length);
  });

  describe.each(CATALOG.map((t) => [t.id, t] as const))('%s', (_, t) => {
    it('has a Chinese and an English label', () => {
      expect(t.label.zh).toMatch(HAN);
      expect(t.label.en).toMatch(/^[A-Z][\x20-\x7e]+$/);
    });

    it('has a math string naming its variables', () => {
      expect(t.math.length).toBeGreaterThan(10);
      expect(t.math).toMatch(t.archetype === 'variableSupply' ? /p_t/ : /q_t|s_t/);
    });

    it('declares every parameter with unit, min ≤ default ≤ max, labels and a source', () => {
      const entries = Object.entries(t.params);
      expect(entries.length).toBeGreaterThan(0);
      for (const [key, p] of entries) {
        expect(Number.isFinite(p.min) && Number.isFinite(p.max), key).toBe(true);
        expect(p.min, key).toBeLessThanOrEqual(p.default);
        expect(p.default, key).toBeLessThanOrEqual(p.max);
        if (p.integer) expect(Number.isInteger(p.default), key).toBe(true);
        expect(p.unit.length, key).toBeGreaterThan(0);
        expect(p.label.zh, key).toMatch(HAN);
        expect(p.label.en.length, key).toBeGreaterThan(0);
        expect(p.source.trim().length, key).toBeGreaterThan(3);
        expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      }
    });

    it('its capacity parameter exists and the default capacity is positive', () => {
      expect(Object.keys(t.params)).toContain(t.capacityParam);
      expect(capacityOf(t, defaultParams(t))).toBeGreaterThan(0);
      expect(t.capacityUnit.length).toBeGreaterThan(0);
    });

    it('has economics with a source', () => {
      expect(t.economics.capexCnyPerCapacityUnit).toBeGreaterThan(0);
      expect(t.economics.lifetimeYears).toBeGreaterThan(0);
      expect(t.economics.source.length).toBeGreaterThan(3);
    });

    it('firm capacity is declared exactly for firm heat sources (not solar, PV, wind, storage)', () => {
      const notFirm = ['solarThermal', 'pv', 'wind', 'phaseChangeStorage', 'battery'];
      expect(t.firm === undefined).toBe(notFirm.includes(t.id));
    });
  });

  it('the Energy Island No. 1 well defaults give 6 × 2.6 = 15.6 MW', () => {
    const wells = technologyById('geothermalWells')!;
    expect(capacityOf(wells, defaultParams(wells))).toBeCloseTo(15.6, 12);
  });
});
