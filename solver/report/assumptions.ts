// The assumptions appendix: every scenario input with its unit and source (technology sources from the catalog).
import { technologyById } from '../catalog';
import { matchingTariff } from '../time';
import type { Scenario } from '../scenario';
import { autoDigits, formatNumber, instanceLabel, num, techOrder, unitText } from './format';
import { tr } from './strings';
import type { Cell, ReportLang, Row, Table } from './types';
import type { InstanceInfo } from '../results/types';

/** A scenario-level input: labels, unit and where its default comes from (MODEL §3). */
interface InputSpec {
  readonly zh: string;
  readonly en: string;
  readonly unit: string;
  readonly source: string;
  readonly assumed?: boolean;
}

const MODEL_33 = 'MODEL.md §3.3';

/** Scenario prices (MODEL §3.3 table). */
const PRICE_SPECS: Readonly<Record<keyof Scenario['prices'], InputSpec>> = {
  exportEnabled: { zh: '允许余电上网', en: 'Export of surplus allowed', unit: '', source: MODEL_33 },
  exportCnyPerMwh: {
    zh: '上网电价',
    en: 'Export price',
    unit: 'CNY/MWh',
    source: `${MODEL_33}: Shanxi coal benchmark`,
  },
  importLimitMw: { zh: '电网购电上限', en: 'Grid import limit', unit: 'MW', source: MODEL_33, assumed: true },
  gasCnyPerNm3: {
    zh: '天然气价格',
    en: 'Natural gas price',
    unit: 'CNY/Nm3',
    source: MODEL_33,
    assumed: true,
  },
  gasLhvMjPerNm3: {
    zh: '天然气低位热值',
    en: 'Natural gas LHV',
    unit: 'MJ/Nm3',
    source: MODEL_33,
    assumed: true,
  },
  carbonCnyPerT: {
    zh: '碳价',
    en: 'Carbon price',
    unit: 'CNY/tCO2',
    source: `${MODEL_33}: heat-only plants are outside the ETS (option 97.49, CEA end 2024)`,
  },
  coalCnyPerTce: {
    zh: '标煤价格（燃煤基准）',
    en: 'Standard coal price (coal baseline)',
    unit: 'CNY/tce',
    source: 'assumed: ~800 CNY/t of 5500 kcal/kg coal, 2024',
    assumed: true,
  },
  vollCnyPerMwh: {
    zh: '缺热惩罚',
    en: 'Value of lost load (unserved heat)',
    unit: 'CNY/MWh',
    source: `${MODEL_33}: must exceed every marginal cost`,
  },
  dumpCnyPerMwh: { zh: '弃热惩罚', en: 'Heat dump penalty', unit: 'CNY/MWh', source: MODEL_33 },
};

/** Emission and conversion factors (MODEL §3.3). */
const FACTOR_SPECS: Readonly<Record<keyof Scenario['factors'], InputSpec>> = {
  gridCo2TPerMwh: {
    zh: '电网排放因子',
    en: 'Grid CO₂ factor',
    unit: 'tCO2/MWh',
    source: `${MODEL_33}: MEE factor used in the 2023 ESG report (options 0.5366, 0.5306, Shanxi 0.6634)`,
  },
  gasCo2KgPerNm3: {
    zh: '天然气排放因子',
    en: 'Gas CO₂ factor',
    unit: 'kg/Nm3',
    source: `${MODEL_33}: China GHG accounting guidelines`,
  },
  coalBoilerEfficiency: {
    zh: '燃煤锅炉效率（基准）',
    en: 'Coal boiler efficiency (baseline)',
    unit: '',
    source: `${MODEL_33}: JGJ 26 convention`,
  },
  coalCo2TPerTce: {
    zh: '燃煤排放因子',
    en: 'Coal CO₂ factor',
    unit: 'tCO2/tce',
    source: `${MODEL_33}: JGJ 26 convention`,
  },
  electricityKgcePerKwh: {
    zh: '电力折标煤系数',
    en: 'Electricity to standard coal',
    unit: 'kg/kWh',
    source: `${MODEL_33}: GB/T 2589 equivalent value (option 0.300 generation value)`,
  },
};

const TARIFF_SOURCES: Readonly<Record<Scenario['tariff']['preset'], string>> = {
  shanxi2021: '晋发改商品发〔2021〕479号 (MODEL.md §3.3)',
  gansu2024: '甘发改价格〔2024〕424号 (MODEL.md §11)',
  custom: 'scenario',
};

/** Clock hours (hour-beginning) as ranges: [8, 9, 10, 17] → "08–11, 17–18". */
export function hourRanges(hours: readonly number[]): string {
  const sorted = [...new Set(hours)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(`${String(sorted[i]).padStart(2, '0')}–${String(sorted[j]! + 1).padStart(2, '0')}`);
    i = j + 1;
  }
  return out.length ? out.join(', ') : '—';
}

function row(
  group: string,
  label: string,
  value: Cell,
  unit: string,
  source: string,
  assumed: boolean,
  lang: ReportLang,
): Row {
  return {
    cells: [group, label, value, unitText(unit), assumed ? `${tr(lang, 'assumed')} · ${source}` : source],
  };
}

function numberCell(v: number): Cell {
  return num(v, autoDigits(v));
}

/** The assumptions table: site, season, demand, tariff, prices, factors, policies, then every technology parameter. */
export function assumptionsTable(
  s: Scenario,
  instances: readonly InstanceInfo[],
  weatherAttribution: string | undefined,
  lang: ReportLang,
): Table {
  const zh = lang === 'zh';
  const rows: Row[] = [];
  const g = (zhText: string, enText: string) => (zh ? zhText : enText);
  const site = g('地点与时间', 'Site and time');
  const w = s.site.weather;
  const weatherText =
    w.kind === 'bundled'
      ? 'Taiyuan TMYx (WMO 537720)'
      : w.kind === 'epw'
        ? `EPW: ${w.file}`
        : `${g('月均值合成', 'monthly normals')}: ${w.name}`;
  rows.push(
    row(
      site,
      g('气象数据', 'Weather'),
      weatherText,
      '',
      w.kind === 'bundled'
        ? `climate.onebuilding.org TMYx (NOAA ISD + Copernicus ERA5). ${weatherAttribution ?? ''}`.trim()
        : (weatherAttribution ?? 'scenario'),
      false,
      lang,
    ),
  );
  rows.push(
    row(site, tr(lang, 'season'), `${s.season.start} → ${s.season.end}`, '', 'MODEL.md §2', false, lang),
  );
  for (const p of s.periods)
    rows.push(
      row(
        site,
        `${tr(lang, 'period')}: ${p.label[lang]}`,
        `${p.start} → ${p.end}`,
        '',
        'MODEL.md §2',
        false,
        lang,
      ),
    );

  const dem = g('热需求', 'Heat demand');
  const d = s.demand;
  /** Both demand models size to the design outdoor temperature. */
  const designOutdoor = row(
    dem,
    g('室外设计温度', 'Design outdoor temperature'),
    numberCell(d.designOutdoorC),
    'degC',
    'GB 50736-2012',
    false,
    lang,
  );
  if (d.kind === 'degreeHour') {
    for (const b of d.blocks) {
      const name = b.label ?? b.id;
      rows.push(
        row(dem, `${tr(lang, 'area')} · ${name}`, numberCell(b.areaM2), 'm^2', 'scenario', false, lang),
      );
      rows.push(
        row(
          dem,
          `${g('设计热指标', 'Design heat index')} · ${name}`,
          numberCell(b.designIndexWm2),
          'W/m^2',
          'MODEL.md §3.2 / §11 (calibrated)',
          true,
          lang,
        ),
      );
    }
    rows.push(
      row(
        dem,
        g('室内设计温度', 'Indoor temperature'),
        numberCell(d.indoorC),
        'degC',
        'MODEL.md §3.2',
        false,
        lang,
      ),
    );
    rows.push(designOutdoor);
    rows.push(
      row(
        dem,
        g('管网热损失', 'Network heat loss'),
        num(d.networkLoss, 1, true),
        '%',
        'MODEL.md §3.2',
        true,
        lang,
      ),
    );
  } else {
    rows.push(row(dem, g('实测负荷曲线', 'Measured profile'), d.file, '', 'scenario', false, lang));
    rows.push(row(dem, tr(lang, 'area'), numberCell(d.areaM2), 'm^2', 'scenario', false, lang));
    rows.push(designOutdoor);
  }

  const tar = g('分时电价', 'Time-of-use tariff');
  const tSrc = TARIFF_SOURCES[matchingTariff(s.tariff)];
  const t = s.tariff;
  rows.push(
    row(
      tar,
      g('平段电价', 'Flat electricity price'),
      numberCell(t.flatCnyPerMwh),
      'CNY/MWh',
      `${MODEL_33}: Shanxi agency-purchase level`,
      true,
      lang,
    ),
  );
  rows.push(
    row(tar, g('峰段倍率', 'Peak multiplier'), numberCell(t.multipliers.peak), '', tSrc, false, lang),
  );
  rows.push(
    row(tar, g('谷段倍率', 'Valley multiplier'), numberCell(t.multipliers.valley), '', tSrc, false, lang),
  );
  rows.push(
    row(
      tar,
      g('尖峰倍率（相对峰段）', 'Sharp over peak'),
      numberCell(t.multipliers.sharpOverPeak),
      '',
      tSrc,
      false,
      lang,
    ),
  );
  rows.push(row(tar, g('峰段时间', 'Peak hours'), hourRanges(t.bands.peak), '', tSrc, false, lang));
  rows.push(row(tar, g('谷段时间', 'Valley hours'), hourRanges(t.bands.valley), '', tSrc, false, lang));
  rows.push(
    row(
      tar,
      g('尖峰时间', 'Sharp hours'),
      `${hourRanges(t.bands.sharp)} (${t.sharpMonths.join(', ')})`,
      '',
      tSrc,
      false,
      lang,
    ),
  );

  const pri = g('价格', 'Prices');
  for (const [key, spec] of Object.entries(PRICE_SPECS) as [keyof Scenario['prices'], InputSpec][]) {
    const v = s.prices[key];
    const cell = typeof v === 'boolean' ? tr(lang, v ? 'yes' : 'no') : numberCell(v);
    rows.push(row(pri, spec[lang], cell, spec.unit, spec.source, spec.assumed ?? false, lang));
  }
  const fac = g('排放与折算系数', 'Emission and conversion factors');
  for (const [key, spec] of Object.entries(FACTOR_SPECS) as [keyof Scenario['factors'], InputSpec][]) {
    rows.push(
      row(fac, spec[lang], numberCell(s.factors[key]), spec.unit, spec.source, spec.assumed ?? false, lang),
    );
  }
  const pol = g('政策约束', 'Policy constraints');
  for (const [key, p] of Object.entries(s.policies)) {
    const label = tr(
      lang,
      key === 'minGeothermalShare'
        ? 'policyMinGeothermalShare'
        : key === 'co2CapT'
          ? 'policyCo2CapT'
          : 'policyGasMaxMwh',
    );
    const unit = key === 'minGeothermalShare' ? '%' : key === 'co2CapT' ? 'tCO2' : 'MWh';
    const value = p.enabled
      ? key === 'minGeothermalShare'
        ? num(p.value, 1, true)
        : numberCell(p.value)
      : tr(lang, 'disabled');
    rows.push(row(pol, label, value, p.enabled ? unit : '', 'MODEL.md §7', false, lang));
  }

  const enabled = s.technologies
    .filter((i) => i.enabled)
    .sort((a, b) => techOrder(a.type) - techOrder(b.type));
  for (const inst of enabled) {
    const def = technologyById(inst.type);
    if (!def) continue;
    const info = instances.find((i) => i.id === inst.id) ?? {
      id: inst.id,
      type: inst.type,
      capacity: 0,
      capacityUnit: '',
    };
    const group = instanceLabel(info, instances, lang);
    for (const [key, spec] of Object.entries(def.params)) {
      const v = inst.params[key] ?? spec.default;
      const changed = Math.abs(v - spec.default) > 1e-12;
      const source = changed
        ? `scenario (${g('默认', 'default')} ${formatNumber(spec.default, autoDigits(spec.default), lang)}: ${spec.source})`
        : spec.source;
      rows.push(
        row(
          group,
          spec.label[lang],
          numberCell(v),
          spec.unit,
          source,
          (spec.assumed ?? false) && !changed,
          lang,
        ),
      );
    }
  }
  return {
    id: 'assumptions',
    title: tr(lang, 'assumptionsTable'),
    groupColumn: true,
    columns: [
      { label: tr(lang, 'group'), unit: '' },
      { label: tr(lang, 'parameter'), unit: '' },
      { label: tr(lang, 'value'), unit: '' },
      { label: tr(lang, 'unit'), unit: '' },
      { label: tr(lang, 'source'), unit: '' },
    ],
    rows,
    compact: true,
  };
}
