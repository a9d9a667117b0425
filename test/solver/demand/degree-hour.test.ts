// Tests of the degree-hour demand model: design point, cut-off, linearity, blocks and validation.
import { describe, expect, it } from 'vitest';
import {
  ENERGY_ISLAND_DEMAND,
  degreeHourDemand,
  designPeakMw,
  validateDegreeHour,
} from '../../../solver/demand/degree-hour';
import type { DegreeHourSpec } from '../../../solver/demand/degree-hour';

const island = ENERGY_ISLAND_DEMAND;

describe('degreeHourDemand', () => {
  it('gives the Energy Island design peak 37.842 MW', () => {
    // 1,060,000 m² · 34 W/m² = 36,040,000 W = 36.04 MW; ·1.05 loss = 37.842 MW.
    expect(designPeakMw(island)).toBeCloseTo(37.842, 9);
  });

  it('equals A·q·(1 + loss) exactly at T_out = T_design', () => {
    const [atDesign] = degreeHourDemand(island, Float64Array.of(-10.1));
    expect(atDesign).toBe((1_060_000 * 34 * (1 + 0.05)) / 1e6);
    expect(atDesign).toBe(designPeakMw(island));
  });

  it('is zero at and above the indoor temperature and linear in between', () => {
    const d = degreeHourDemand(island, Float64Array.of(18, 25, 3.95, -20));
    expect(d[0]).toBe(0);
    expect(d[1]).toBe(0);
    expect(d[2]).toBeCloseTo(37.842 / 2, 9); // 3.95 °C is half way from 18 to −10.1
    expect(d[3]).toBeCloseTo((37.842 * 38) / 28.1, 9); // colder than design: not clipped
  });

  it('adds two blocks', () => {
    const spec: DegreeHourSpec = {
      blocks: [
        { id: 'res', areaM2: 100_000, designIndexWm2: 35 }, // 3.5 MW
        { id: 'pub', areaM2: 20_000, designIndexWm2: 45 }, // 0.9 MW
      ],
      indoorC: 18,
      designOutdoorC: -10,
      networkLoss: 0,
    };
    expect(designPeakMw(spec)).toBeCloseTo(4.4, 12);
    const [half] = degreeHourDemand(spec, Float64Array.of(4)); // (18 − 4)/(18 + 10) = 0.5
    expect(half).toBeCloseTo(2.2, 12);
    const each = spec.blocks.map((b) => degreeHourDemand({ ...spec, blocks: [b] }, Float64Array.of(4))[0]!);
    expect(half).toBeCloseTo(each[0]! + each[1]!, 12);
  });
});

describe('validateDegreeHour', () => {
  const paths = (change: Partial<DegreeHourSpec>): string[] =>
    validateDegreeHour({ ...island, ...change }, 'demand').map((i) => i.path);

  it('accepts the defaults', () => {
    expect(validateDegreeHour(island, 'demand')).toEqual([]);
  });

  it('rejects T_in ≤ T_design and non-finite temperatures', () => {
    expect(paths({ indoorC: -10.1 })).toEqual(['demand.designOutdoorC']);
    expect(paths({ indoorC: Number.NaN, designOutdoorC: Number.POSITIVE_INFINITY })).toEqual([
      'demand.indoorC',
      'demand.designOutdoorC',
    ]);
  });

  it('rejects bad blocks and losses', () => {
    expect(paths({ blocks: [] })).toEqual(['demand.blocks']);
    expect(
      paths({
        blocks: [
          { id: 'a', areaM2: -1, designIndexWm2: 34 },
          { id: 'a', areaM2: 10, designIndexWm2: Number.NaN },
          { id: ' ', areaM2: 0, designIndexWm2: 0 },
        ],
      }),
    ).toEqual([
      'demand.blocks[0].areaM2',
      'demand.blocks[1].id',
      'demand.blocks[1].designIndexWm2',
      'demand.blocks[2].id',
    ]);
    expect(paths({ networkLoss: 0.6 })).toEqual(['demand.networkLoss']);
    expect(paths({ networkLoss: -0.01 })).toEqual(['demand.networkLoss']);
    expect(paths({ networkLoss: 0.5 })).toEqual([]);
  });
});
