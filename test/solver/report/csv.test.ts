// CSV writing: formula-injection escaping of strings, numbers left as numbers, RFC 4180 quoting, hourly/inputs columns.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../solver/run';
import { csvCell, hourlyTable, inputsCsv, toCsv } from '../../../solver/report';
import { resolveScenario } from '../../../electron/services/scenario-loader';
import { rawScenario, SCENARIOS_DIR, solve, type Solved } from './fixture';
import { MODEL_INPUT_COLUMNS } from '../../helpers/engine-fixtures';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 351 1234', "'+86 351 1234"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', '"\'\rCR"'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['初寒期', '初寒期'],
  ])('escapes the string %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers, negative ones too, and never escapes them', () => {
    expect(csvCell(-18)).toBe('-18');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(1e-13)).toBe('1e-13');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(csvCell(-123.456))).toBe(-123.456);
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('writes a table with its machine keys as header', () => {
    const csv = toCsv({
      columns: [
        { key: 'name', label: 'Name', unit: '' },
        { key: 'value_mw', label: 'Value', unit: 'MW' },
      ],
      rows: [
        ['=cmd', -3.5],
        ['-x', 2],
      ],
    });
    expect(csv).toBe("name,value_mw\n'=cmd,-3.5\n'-x,2\n");
  });
});

describe('hourly and inputs tables', () => {
  let solved: Solved;
  beforeAll(async () => {
    solved = await solve(rawScenario('energy-island-1.json'), 'representative');
  });

  it('gives one row per step whose values are the result series, unchanged', () => {
    const h = solved.result.hourly!;
    const t = hourlyTable(
      solved.result,
      solved.scenario.periods.map((p) => p.id),
      'zh',
    );
    expect(t.rows).toHaveLength(h.n);
    const col = (key: string) => t.columns.findIndex((c) => c.key === key);
    expect(col('heat_mw__geothermalWells_1')).toBeGreaterThan(0);
    for (let i = 0; i < h.n; i++) {
      expect(t.rows[i]![col('demand_mw')]).toBe(h.demandMw[i]);
      expect(t.rows[i]![col('t_out_c')]).toBe(h.tOutC[i]);
      expect(t.rows[i]![col('weight')]).toBe(h.weight[i]);
    }
    expect(t.rows[0]![col('period')]).toBe('early');
    expect(t.columns[col('demand_mw')]!.label).toBe('热需求');
  });

  it('writes the MODEL §10 inputs CSV with exactly the fixed columns first', async () => {
    const { scenario, weather } = await resolveScenario(rawScenario('energy-island-1.json'), SCENARIOS_DIR);
    const built = buildModel(scenario, weather, { mode: 'representative' });
    const csv = inputsCsv(built);
    const [header, first] = csv.split('\n');
    const cols = header!.split(',');
    expect(cols.slice(0, 7)).toEqual(MODEL_INPUT_COLUMNS);
    expect(cols).toContain('avail_mw__airSourceHeatPump_1');
    expect(cols).toContain('cop__airSourceHeatPump_1');
    expect(cols.filter((c) => !/^(avail_mw|cop)__/.test(c))).toHaveLength(7);
    expect(csv.trim().split('\n')).toHaveLength(1 + built.steps.data.n);
    const ashp = built.prepared.instances.findIndex((i) => i.id === 'airSourceHeatPump_1');
    const cop = Number(first!.split(',')[cols.indexOf('cop__airSourceHeatPump_1')]);
    expect(cop).toBeCloseTo(1 / built.steps.series[ashp]!.elecPerHeat![0]!, 12);
    expect(first!.split(',')[2]).toBe(String(built.steps.data.weight[0]));
  });
});
