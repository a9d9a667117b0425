// Hourly results and LP inputs (MODEL §10) as data tables, written to CSV with formula-injection escaping.
import type { BuiltModel } from '../run';
import type { DispatchResult } from '../results/types';
import { FUELS } from '../carriers';
import { kpiLabelOf } from '../results/labels';
import { instanceLabel, kpiLabel, techLabel } from './format';
import { tr, type StringKey } from './strings';
import type { ReportLang } from './types';

/** A value of a data table: numbers stay numbers, text is text. */
export type DataValue = string | number | null;

/** A data column: machine key (the CSV header), readable label and unit (Excel headers). */
export interface DataColumn {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
}

/** A rectangular data table (one row per step). */
export interface DataTable {
  readonly columns: readonly DataColumn[];
  readonly rows: readonly (readonly DataValue[])[];
}

/** Characters that make a spreadsheet read a cell as a formula (plus tab and CR, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Strings that start with = + - @, tab or CR get a leading apostrophe so no spreadsheet
 * runs them as formulas; then RFC 4180 quoting when needed. Numbers (negative ones included) are written
 * as numbers, in the shortest form that reads back to the same double; non-finite numbers and null are empty.
 */
export function csvCell(v: DataValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text: header of machine keys, one line per row, '\n' line ends. */
export function toCsv(t: DataTable): string {
  const lines = [t.columns.map((c) => csvCell(c.key)).join(',')];
  for (const row of t.rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

/** Column builder: key, label, unit and the per-step value. */
interface ColumnDef {
  readonly col: DataColumn;
  readonly at: (t: number) => DataValue;
}

function column(key: string, label: string, unit: string, at: (t: number) => DataValue): ColumnDef {
  return { col: { key, label, unit }, at };
}

function tableOf(n: number, defs: readonly ColumnDef[]): DataTable {
  const rows: DataValue[][] = [];
  for (let t = 0; t < n; t++) rows.push(defs.map((d) => d.at(t)));
  return { columns: defs.map((d) => d.col), rows };
}

/**
 * The hourly results table (one row per modelled step, MW unless stated): step, label, period, weight,
 * weather, demand, price, each instance's heat and electricity use, renewables, storage, grid, gas,
 * geothermal, unserved and dumped heat, and the marginal heat cost. Keys are stable machine names; labels
 * are in `lang`. Throws when the result has no hourly series.
 */
export function hourlyTable(
  r: DispatchResult,
  periodIds: readonly string[],
  lang: ReportLang = 'en',
): DataTable {
  const h = r.hourly;
  if (!h) throw new Error(`no hourly results (solver status ${r.status})`);
  const name = (id: string) => {
    const inst = r.instances.find((i) => i.id === id);
    return inst ? `${instanceLabel(inst, r.instances, lang)} (${id})` : id;
  };
  const x = (key: StringKey, id: string) => tr(lang, key, { x: name(id) });
  const defs: ColumnDef[] = [
    column('step', tr(lang, 'colStep'), '', (t) => t),
    column('label', tr(lang, 'colTime'), '', (t) => h.label[t] ?? ''),
    column('period', tr(lang, 'period'), '', (t) => periodIds[h.period[t]!] ?? h.period[t]!),
    column('weight', tr(lang, 'colWeight'), 'h', (t) => h.weight[t]!),
    column('t_out_c', tr(lang, 'outdoor'), '°C', (t) => h.tOutC[t]!),
    column('ghi_w_m2', tr(lang, 'colGhi'), 'W/m²', (t) => h.ghiWm2[t]!),
    column('demand_mw', tr(lang, 'demand'), 'MW', (t) => h.demandMw[t]!),
    column('price_el_cny_mwh', tr(lang, 'colPrice'), 'CNY/MWh', (t) => h.priceElCnyPerMwh[t]!),
  ];
  for (const [id, s] of Object.entries(h.heatMw))
    defs.push(column(`heat_mw__${id}`, x('colHeat', id), 'MW', (t) => s[t]!));
  for (const [id, s] of Object.entries(h.electricityUseMw)) {
    defs.push(column(`elec_use_mw__${id}`, x('colElecUse', id), 'MW', (t) => s[t]!));
  }
  for (const [id, s] of Object.entries(h.renewableMw)) {
    const avail = h.renewableAvailableMw[id];
    defs.push(column(`elec_gen_mw__${id}`, x('colGenUsed', id), 'MW', (t) => s[t]!));
    if (avail) defs.push(column(`elec_avail_mw__${id}`, x('colGenAvail', id), 'MW', (t) => avail[t]!));
  }
  for (const [id, s] of Object.entries(h.storage)) {
    defs.push(column(`charge_mw__${id}`, x('colCharge', id), 'MW', (t) => s.chargeMw[t]!));
    defs.push(column(`discharge_mw__${id}`, x('colDischarge', id), 'MW', (t) => s.dischargeMw[t]!));
    defs.push(column(`level_mwh__${id}`, x('colLevel', id), 'MWh', (t) => s.levelMwh[t]!));
  }
  defs.push(
    column('grid_import_mw', kpiLabel('gridImportMWh', lang), 'MW', (t) => h.gridImportMw[t]!),
    column('grid_export_mw', kpiLabel('gridExportMWh', lang), 'MW', (t) => h.gridExportMw[t]!),
    ...FUELS.map((c) => {
      const s = h.carrierMw[c.id]!;
      return column(`${c.id}_mw`, kpiLabelOf(`fuel:${c.id}`)[lang], 'MW', (t) => s[t]!);
    }),
    column('geothermal_mw', kpiLabel('geothermalHeatMWh', lang), 'MW', (t) => h.geothermalMw[t]!),
    column('vom_cny_h', tr(lang, 'colVom'), 'CNY/h', (t) => h.vomCnyPerH[t]!),
    column('unserved_mw', kpiLabel('unservedHeatMWh', lang), 'MW', (t) => h.unservedMw[t]!),
    column('dump_mw', kpiLabel('dumpedHeatMWh', lang), 'MW', (t) => h.dumpMw[t]!),
    column('rejected_heat_mw', tr(lang, 'colRejected'), 'MW', (t) => h.rejectedHeatMw[t]!),
  );
  const m = h.marginalHeatCostCnyPerMwh;
  if (m) defs.push(column('marginal_heat_cost_cny_mwh', tr(lang, 'colMarginal'), 'CNY/MWh', (t) => m[t]!));
  return tableOf(h.n, defs);
}

/** The hourly results as CSV (see {@link hourlyTable}). */
export function hourlyCsv(r: DispatchResult, periodIds: readonly string[]): string {
  return toCsv(hourlyTable(r, periodIds, 'en'));
}

/**
 * The LP inputs of MODEL §10, one row per step: `step,period,weight,t_out_c,ghi_w_m2,demand_mw,price_el_cny_mwh`,
 * then `avail_mw__<instance>` and `cop__<instance>` (= 1/elecPerHeat) for each instance that has such a series.
 * In representative mode T_out and GHI are member-day means, for information; the LP used the averaged series.
 * `period` is the scenario's period id when `periodIds` is given (the built model does not keep them), else its index.
 */
export function inputsTable(
  built: BuiltModel,
  periodIds: readonly string[] = [],
  lang: ReportLang = 'en',
): DataTable {
  const { steps, prepared } = built;
  const d = steps.data;
  const defs: ColumnDef[] = [
    column('step', tr(lang, 'colStep'), '', (t) => t),
    column('period', tr(lang, 'period'), '', (t) => periodIds[d.period[t]!] ?? d.period[t]!),
    column('weight', tr(lang, 'colWeight'), 'h', (t) => d.weight[t]!),
    column('t_out_c', tr(lang, 'outdoor'), '°C', (t) => steps.tOutC[t]!),
    column('ghi_w_m2', tr(lang, 'colGhi'), 'W/m²', (t) => steps.ghiWm2[t]!),
    column('demand_mw', tr(lang, 'demand'), 'MW', (t) => d.demandMw[t]!),
    column('price_el_cny_mwh', tr(lang, 'colPrice'), 'CNY/MWh', (t) => d.priceElCnyPerMwh[t]!),
  ];
  prepared.instances.forEach((inst, i) => {
    const s = steps.series[i];
    const avail = s?.availMw;
    const e = s?.elecPerHeat;
    const label = (key: StringKey) =>
      tr(lang, key, { x: `${inst.label ?? techLabel(inst.type, lang)} (${inst.id})` });
    if (avail) defs.push(column(`avail_mw__${inst.id}`, label('colAvail'), 'MW', (t) => avail[t]!));
    if (e) defs.push(column(`cop__${inst.id}`, label('colCop'), '', (t) => (e[t]! > 0 ? 1 / e[t]! : null)));
  });
  return tableOf(d.n, defs);
}

/** The LP inputs as CSV (MODEL §10); the CLI's `island run --export-inputs` writes this. */
export function inputsCsv(built: BuiltModel, periodIds: readonly string[] = []): string {
  return toCsv(inputsTable(built, periodIds));
}
