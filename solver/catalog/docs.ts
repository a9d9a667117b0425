// Generates the technology reference (docs/technologies.md) from the catalog: the docs cannot drift from the code.
import { CATALOG } from './index';
import { displayUnit } from '../scenario/quantity';

/** Markdown table cell: pipes escaped, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The technology reference as Markdown: per technology its math, parameters, defaults, ranges and sources. */
export function technologiesMarkdown(): string {
  const out: string[] = [
    '# Technology reference',
    '',
    'Generated from `solver/catalog/` by `npm run docs`; a test fails when this file is stale. Each',
    'technology is one file there; its parameters, defaults, ranges and sources below are the ones the',
    'validator, the JSON Schema, the editor and the reports use.',
    '',
    '| # | id | 中文 | English | archetype | consumes → produces | capacity unit |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const t of CATALOG) {
    const flow = `${t.carriers.consumes.join(', ') || '—'} → ${t.carriers.produces.join(', ')}`;
    out.push(
      `| ${t.order} | \`${t.id}\` | ${t.label.zh} | ${t.label.en} | ${t.archetype} | ${flow} | ${t.capacityUnit} |`,
    );
  }
  for (const t of CATALOG) {
    out.push(
      '',
      `## ${t.order}. ${t.label.en} — ${t.label.zh} (\`${t.id}\`)`,
      '',
      `LP contribution, per step t: ${t.math}`,
      '',
    );
    out.push('| parameter | label | unit | default | range | source |', '|---|---|---|---|---|---|');
    for (const [key, p] of Object.entries(t.params)) {
      const unit = displayUnit(p.unit) || '–';
      const assumed = p.assumed ? ' *(assumed)*' : '';
      out.push(
        `| \`${key}\` | ${cell(p.label.en)} / ${cell(p.label.zh)} | ${cell(unit)} | ${p.default}${assumed} | ${p.min} … ${p.max} | ${cell(p.source)} |`,
      );
    }
    const e = t.economics;
    out.push(
      '',
      `Economics (sizing, LCOH): CAPEX ${e.capexCnyPerCapacityUnit} CNY per ${t.capacityUnit} (${e.currencyYear} CNY)` +
        (e.power
          ? ` plus ${e.power.capexCnyPerUnit} CNY per MW of \`${e.power.param}\` (${e.power.source})`
          : '') +
        `, lifetime ${e.lifetimeYears} a, fixed O&M ${(e.fomShareOfCapex * 100).toFixed(1)} % of CAPEX per year — ${e.source}.`,
    );
  }
  return `${out.join('\n')}\n`;
}
