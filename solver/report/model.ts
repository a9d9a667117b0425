// Builds the report data model (proposal or technical) from a scenario and its dispatch result.
import type { Scenario } from '../scenario';
import { formatKpi } from '../results/labels';
import type { DispatchResult, PeriodKpis } from '../results/types';
import { accountingTable, accountingText, headlines } from './accounting';
import { assumptionsTable } from './assumptions';
import { coldestDayCharts, marginalDurationChart, mixChart, overviewChart, periodChart } from './charts';
import { BASELINE_KPIS, comparisonChart, comparisonTable, type ComparedScenario } from './compare';
import { designChart, designTable, designWarnings, firmByInstanceTable } from './design';
import { formatNumber, num, techLabel } from './format';
import { tr } from './strings';
import {
  constraintsTable,
  costTable,
  electricityTable,
  instanceHeatTable,
  kpiTable,
  marginalTable,
  periodTable,
  storageTable,
  technologyTable,
} from './tables';
import type { Block, Chart, ReportKind, ReportLang, ReportModel, Section, Table } from './types';

/** What a report is built from. */
export interface ReportInput {
  readonly scenario: Scenario;
  readonly result: DispatchResult;
  readonly lang: ReportLang;
  readonly type: ReportKind;
  /** Shown as given (an ISO time stamp, say): the builder reads no clock, so the same input gives the same report. */
  readonly generatedAt: string;
  /** Further scenarios (coal, gas, air-source baselines…) compared side by side with this one. */
  readonly baselines?: readonly ComparedScenario[];
}

/** Display name of a scenario in `lang` (nameZh in Chinese when present). */
export function scenarioName(s: Scenario, lang: ReportLang): string {
  return lang === 'zh' && s.nameZh ? s.nameZh : s.name;
}

/** The long description of the run mode, stated beside every figure's source. */
export function modeText(s: Scenario, r: DispatchResult, lang: ReportLang): string {
  return r.mode === 'season'
    ? tr(lang, 'modeSeason')
    : tr(lang, 'modeRepresentative', { k: s.solver.typicalDaysPerPeriod });
}

function heatedAreaM2(s: Scenario): number {
  return s.demand.kind === 'degreeHour' ? s.demand.blocks.reduce((a, b) => a + b.areaM2, 0) : s.demand.areaM2;
}

/** Alerts shown first: unserved heat, failed invariants, negative design margins. Never hidden. */
function alerts(r: DispatchResult, lang: ReportLang): Block[] {
  const out: Block[] = [];
  const k = r.season;
  if (k.unservedHeatMWh > 0) {
    out.push({
      kind: 'alert',
      level: 'error',
      text: tr(lang, 'unservedAlert', {
        mwh: formatKpi('unservedHeatMWh', k.unservedHeatMWh, lang),
        hours: formatKpi('unservedHours', k.unservedHours, lang),
        penalty: formatNumber(k.penalties.unservedCny, 0, lang),
      }),
    });
  }
  if (r.invariants && !r.invariants.ok) {
    out.push({
      kind: 'alert',
      level: 'error',
      text: tr(lang, 'invariantAlert', { problems: r.invariants.problems.join('; ') }),
    });
  }
  for (const text of designWarnings(r.designCheck, lang)) out.push({ kind: 'alert', level: 'warn', text });
  return out;
}

const table = (t: Table): Block => ({ kind: 'table', table: t });
const chart = (c: Chart | null): Block[] => (c ? [{ kind: 'chart', chart: c }] : []);

/** One sentence per period: heat, cost per GJ and the technologies carrying it. */
function periodLine(p: PeriodKpis, lang: ReportLang): string {
  const produced = p.heatProducedMWh;
  const top = Object.entries(p.heatByTechnologyMWh)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(
      ([type, v]) =>
        `${techLabel(type, lang)} ${formatNumber(produced > 0 ? (v / produced) * 100 : 0, 1, lang)} %`,
    )
    .join(lang === 'zh' ? '、' : ', ');
  return tr(lang, 'periodLine', {
    period: p.label[lang],
    days: p.days,
    heat: formatKpi('heatDeliveredMWh', p.heatDeliveredMWh, lang),
    gj: formatKpi('costCnyPerGJ', p.costCnyPerGJ, lang),
    top,
  });
}

function proposalSections(input: ReportInput): Section[] {
  const { scenario: s, result: r, lang } = input;
  const k = r.season;
  const name = scenarioName(s, lang);
  const days = r.periods.reduce((a, p) => a + p.days, 0);
  const summary = tr(lang, 'summaryText', {
    days,
    start: s.season.start,
    end: s.season.end,
    mode: tr(lang, r.mode === 'season' ? 'modeShortSeason' : 'modeShortRepresentative'),
    heat: formatKpi('heatDeliveredMWh', k.heatDeliveredMWh, lang),
    area: formatNumber(heatedAreaM2(s), 0, lang),
    share: formatKpi('geothermalShare', k.geothermalShare, lang),
    tce: formatKpi('tceSaved', k.tceSaved, lang),
    co2: formatKpi('co2AvoidedT', k.co2AvoidedT, lang),
    cost: formatKpi('operatingCostCny', k.operatingCostCny, lang),
    gj: formatKpi('costCnyPerGJ', k.costCnyPerGJ, lang),
  });
  const baselines = input.baselines ?? [];
  const compared = [{ name, result: r }, ...baselines];
  const comparison: Block[] = baselines.length
    ? [
        { kind: 'subheading', text: tr(lang, 'comparisonTitle') },
        {
          kind: 'charts',
          charts: [
            comparisonChart(compared, 'costCnyPerGJ', tr(lang, 'comparisonCost'), lang, true),
            comparisonChart(compared, 'co2T', tr(lang, 'comparisonCo2'), lang, true),
          ],
        },
        table(comparisonTable(compared, lang, BASELINE_KPIS, false)),
      ]
    : [];
  return [
    {
      id: 'summary',
      title: tr(lang, 'summary'),
      blocks: [
        ...alerts(r, lang),
        { kind: 'headlines', items: headlines(r, lang) },
        { kind: 'paragraph', text: summary },
        { kind: 'subheading', text: tr(lang, 'accountingTitle') },
        { kind: 'paragraph', text: accountingText(r, s, lang) },
        table(accountingTable(r, s, lang)),
        table(costTable(r, lang, true)),
      ],
    },
    {
      id: 'mix',
      title: tr(lang, 'mixTitle'),
      blocks: [
        ...chart(mixChart(r, lang)),
        {
          kind: 'paragraph',
          text: tr(lang, 'mixText', {
            geo: formatKpi('geothermalHeatMWh', k.geothermalHeatMWh, lang),
            share: formatKpi('geothermalShare', k.geothermalShare, lang),
          }),
        },
        table(technologyTable(r, lang)),
        ...comparison,
      ],
    },
    {
      id: 'periods',
      title: tr(lang, 'periodsTitle'),
      pageBreak: true,
      blocks: [
        { kind: 'paragraph', text: tr(lang, 'periodsText') },
        ...r.periods.map((p): Block => ({ kind: 'paragraph', text: periodLine(p, lang) })),
        table(periodTable(r, lang)),
        ...chart(periodChart(r, lang)),
        ...chart(overviewChart(r, lang)),
      ],
    },
    {
      id: 'coldest',
      title: tr(lang, 'coldestTitle'),
      pageBreak: true,
      blocks: [
        { kind: 'charts', charts: coldestDayCharts(r, lang) },
        { kind: 'subheading', text: tr(lang, 'designTitle') },
        { kind: 'paragraph', text: tr(lang, 'designText') },
        ...chart(designChart(r.designCheck, lang)),
        table(designTable(r.designCheck, r.instances, lang)),
      ],
    },
    appendix(input),
  ];
}

function appendix(input: ReportInput): Section {
  const { scenario: s, result: r, lang } = input;
  return {
    id: 'appendix',
    title: tr(lang, 'appendixTitle'),
    pageBreak: true,
    blocks: [
      { kind: 'paragraph', text: tr(lang, 'appendixText') },
      table(assumptionsTable(s, r.instances, r.weatherAttribution, lang)),
    ],
  };
}

/** The run facts: scenario, mode, backend, status, objective, LP size, timings, invariants. */
export function runTable(s: Scenario, r: DispatchResult, lang: ReportLang): Table {
  const tm = r.timings;
  const inv = r.invariants;
  const ms = (v: number) => formatNumber(v, 0, lang);
  const rows: [string, string | ReturnType<typeof num>, string][] = [
    [tr(lang, 'scenario'), scenarioName(s, lang), ''],
    [tr(lang, 'mode'), modeText(s, r, lang), ''],
    [tr(lang, 'backend'), r.backend, ''],
    [tr(lang, 'status'), `${r.status} (${r.statusText})`, ''],
    [tr(lang, 'objective'), num(r.objectiveCny, 0), 'CNY'],
    [tr(lang, 'iterations'), r.iterations === null ? tr(lang, 'notAvailable') : num(r.iterations, 0), ''],
    [tr(lang, 'warmStart'), tr(lang, r.warmStart ? 'yes' : 'no'), ''],
    [tr(lang, 'lpSize'), `${ms(r.lpSize.columns)} / ${ms(r.lpSize.rows)} / ${ms(r.lpSize.nonzeros)}`, ''],
    [
      tr(lang, 'timing'),
      [tm.prepareMs, tm.buildMs, tm.solveMs, tm.extractMs, tm.totalMs].map(ms).join(' / '),
      'ms',
    ],
    [
      tr(lang, 'invariants'),
      inv
        ? `${inv.ok ? 'ok' : inv.problems.join('; ')} · ${inv.maxHeatImbalanceMw.toExponential(1)} / ${inv.maxElecImbalanceMw.toExponential(1)} MW · ${inv.objectiveRelativeError.toExponential(1)}`
        : tr(lang, 'notAvailable'),
      '',
    ],
  ];
  return {
    id: 'run',
    title: tr(lang, 'runTitle'),
    columns: [
      { label: tr(lang, 'item'), unit: '' },
      { label: tr(lang, 'value'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
    ],
    rows: rows.map(([a, b, c]) => ({ cells: [a, b, c] })),
  };
}

function technicalSections(input: ReportInput): Section[] {
  const { scenario: s, result: r, lang } = input;
  const baselines = input.baselines ?? [];
  const sections: Section[] = [
    { id: 'run', title: tr(lang, 'runTitle'), blocks: [...alerts(r, lang), table(runTable(s, r, lang))] },
    {
      id: 'kpis',
      title: tr(lang, 'kpiTitle'),
      blocks: [
        table(kpiTable(r, lang)),
        { kind: 'subheading', text: tr(lang, 'accountingTitle') },
        { kind: 'paragraph', text: accountingText(r, s, lang) },
        table(accountingTable(r, s, lang)),
      ],
    },
    {
      id: 'heat',
      title: tr(lang, 'heatTitle'),
      pageBreak: true,
      blocks: [
        table(instanceHeatTable(r, lang)),
        ...chart(periodChart(r, lang)),
        ...chart(overviewChart(r, lang)),
      ],
    },
    { id: 'electricity', title: tr(lang, 'elecTitle'), blocks: [table(electricityTable(r, lang))] },
    { id: 'costs', title: tr(lang, 'costsTitle'), blocks: [table(costTable(r, lang))] },
    {
      id: 'marginal',
      title: tr(lang, 'marginalTitle'),
      blocks: [table(marginalTable(r, lang)), ...chart(marginalDurationChart(r, lang))],
    },
    { id: 'storage', title: tr(lang, 'storageTitle'), blocks: [table(storageTable(r, lang))] },
    {
      id: 'constraints',
      title: tr(lang, 'constraintsTitle'),
      blocks: [table(constraintsTable(r, s.prices.importLimitMw, lang))],
    },
    {
      id: 'design',
      title: tr(lang, 'designTitle'),
      blocks: [
        { kind: 'paragraph', text: tr(lang, 'designText') },
        ...chart(designChart(r.designCheck, lang)),
        table(designTable(r.designCheck, r.instances, lang)),
        table(firmByInstanceTable(r.designCheck, r.instances, lang)),
      ],
    },
  ];
  if (baselines.length) {
    const compared = [{ name: scenarioName(s, lang), result: r }, ...baselines];
    sections.push({
      id: 'compare',
      title: tr(lang, 'compareTitle'),
      pageBreak: true,
      blocks: [table(comparisonTable(compared, lang))],
    });
  }
  sections.push(appendix(input));
  return sections;
}

/** The report model: title, facts, headline figures and sections. Pure: same input, same model. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { scenario: s, result: r, lang, type } = input;
  const mode = modeText(s, r, lang);
  const days = r.periods.reduce((a, p) => a + p.days, 0);
  return {
    kind: type,
    lang,
    title: tr(lang, type === 'proposal' ? 'proposalTitle' : 'technicalTitle'),
    subtitle: scenarioName(s, lang),
    generatedAt: input.generatedAt,
    meta: [
      { label: tr(lang, 'site'), value: s.site.name },
      { label: tr(lang, 'season'), value: `${s.season.start} → ${s.season.end} (${days} d)` },
      { label: tr(lang, 'area'), value: `${formatNumber(heatedAreaM2(s), 0, lang)} m²` },
      { label: tr(lang, 'mode'), value: mode },
      { label: tr(lang, 'solver'), value: `${r.backend} · ${r.status}` },
      { label: tr(lang, 'generated'), value: input.generatedAt },
    ],
    headlines: headlines(r, lang),
    sections: type === 'proposal' ? proposalSections(input) : technicalSections(input),
    footer: tr(lang, 'footer', { mode, attribution: r.weatherAttribution ?? '' }),
  };
}
