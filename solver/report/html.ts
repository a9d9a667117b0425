// Renders the report model as one standalone HTML page with print CSS (A4), inline SVG charts and escaped text.
import { cellText, escapeXml } from './format';
import { legendOf, renderChartSvg, type LegendItem } from './svg';
import { tr } from './strings';
import type { Block, Cell, Chart, Headline, ReportLang, ReportModel, Section, Table } from './types';

/** The CJK-capable font stack of every report (CI installs Noto Sans CJK). */
export const CJK_FONT_STACK = [
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
];

/** Tables this short are kept on one page with their caption. */
const SHORT_TABLE_ROWS = 16;

/** Rendering options. */
export interface HtmlOptions {
  /** Font families found on this machine to try before the generic fallback (from fonts detection). */
  readonly extraFonts?: readonly string[];
}

/** A CSS string literal: every character outside a small safe set is hex-escaped (no way out of the string). */
export function cssString(s: string): string {
  return `"${s.replace(/[^A-Za-z0-9 .,:;()·-]/g, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `)}"`;
}

function fontStack(extra: readonly string[]): string {
  const quoted = extra.filter((f) => /^[\w .-]+$/.test(f)).map((f) => `'${f}'`);
  return [...CJK_FONT_STACK, ...quoted, 'sans-serif'].join(', ');
}

function css(model: ReportModel, opts: HtmlOptions): string {
  const page = tr(model.lang, 'page');
  return `
@page { size: A4; margin: 14mm 13mm 15mm 13mm;
  @bottom-left { content: ${cssString(model.footer)}; font-size: 7pt; color: #777; }
  @bottom-right { content: ${cssString(`${page} `)} counter(page) " / " counter(pages); font-size: 7pt; color: #777; } }
* { box-sizing: border-box; }
html { font-family: ${fontStack(opts.extraFonts ?? [])}; font-size: 9.5pt; color: #222; line-height: 1.45; }
body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { max-width: 190mm; margin: 8mm auto; } }
header.cover { border-left: 3mm solid #b03a2e; padding: 1mm 0 1mm 4mm; margin-bottom: 4mm; }
h1 { font-size: 20pt; margin: 0; color: #7b241c; }
.subtitle { font-size: 13pt; margin: 1mm 0 2mm; font-weight: bold; }
dl.meta { display: grid; grid-template-columns: auto 1fr; gap: 0.3mm 4mm; margin: 0; font-size: 8.5pt; color: #444; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
section.page-break { break-before: page; }
h2 { font-size: 13pt; color: #7b241c; border-bottom: 0.6pt solid #b03a2e; margin: 3mm 0 2mm; padding-bottom: 0.5mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
p { margin: 1mm 0 2mm; }
.headlines { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm; margin: 2mm 0 3mm; }
.headline { border: 0.6pt solid #d5d8dc; border-top: 1.2mm solid #b03a2e; padding: 2mm 2.5mm; background: #fbfcfc; break-inside: avoid; }
.headline .label { font-size: 8.5pt; color: #555; }
.headline .value { font-size: 15pt; font-weight: bold; white-space: nowrap; color: #1b2631; }
.alert { padding: 2mm 3mm; margin: 2mm 0; font-weight: bold; break-inside: avoid; }
.alert.error { border: 1mm solid #c0392b; background: #fdedec; color: #922b21; font-size: 11pt; }
.alert.warn { border: 0.6mm solid #d68910; background: #fef5e7; color: #7e5109; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8pt; }
caption { text-align: left; font-weight: bold; font-size: 9pt; margin-bottom: 1mm; }
thead { display: table-header-group; }
table.short { break-inside: avoid; }
th, td { overflow-wrap: anywhere; }
th { text-align: left; border-bottom: 0.8pt solid #333; padding: 0.8mm 1.2mm; vertical-align: bottom; }
th.num { text-align: right; }
th .unit { display: block; font-weight: normal; color: #666; }
td { border-bottom: 0.4pt solid #ddd; padding: 0.45mm 1.2mm; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
tr.total td { font-weight: bold; border-top: 0.6pt solid #555; }
tr.warn td { color: #922b21; font-weight: bold; background: #fdedec; }
table.compact { font-size: 6.6pt; line-height: 1.2; }
table.compact td, table.compact th { padding: 0.25mm 0.8mm; }
td.group { font-weight: bold; border-bottom: 0.6pt solid #999; background: #f8f9f9; }
tr { break-inside: avoid; }
.note { font-size: 7.5pt; color: #666; }
figure { margin: 1mm 0 3mm; break-inside: avoid; }
figcaption { font-weight: bold; font-size: 9pt; margin-bottom: 0.5mm; }
figure svg { display: block; width: 100%; height: auto; }
.legend { font-size: 7.5pt; color: #333; margin-top: 0.5mm; }
.legend span.item { display: inline-block; margin-right: 3mm; white-space: nowrap; }
.legend .swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.4mm; }
.legend .swatch.line { height: 0.7mm; vertical-align: 0.6mm; }
.charts.two { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.charts.one { display: grid; grid-template-columns: 1fr; gap: 0; }
.charts.one figure { margin: 0 0 1mm; }
`;
}

function legendHtml(items: readonly LegendItem[]): string {
  if (!items.length) return '';
  const spans = items.map(
    (i) =>
      `<span class="item"><span class="swatch${i.line ? ' line' : ''}" style="background:${escapeXml(i.colour)}"></span>${escapeXml(i.label)}</span>`,
  );
  return `<div class="legend">${spans.join('')}</div>`;
}

function chartHtml(c: Chart, lang: ReportLang, legend = true): string {
  return `<figure id="chart-${escapeXml(c.id)}"><figcaption>${escapeXml(c.title)}</figcaption>${renderChartSvg(c, lang)}${legend ? legendHtml(legendOf(c)) : ''}</figure>`;
}

function chartsHtml(charts: readonly Chart[], lang: ReportLang): string {
  if (!charts.length) return '';
  const small = charts.every((c) => c.kind === 'stackedArea' && c.small);
  if (charts.every((c) => c.kind === 'hbar' && c.half)) {
    return `<div class="charts two">${charts.map((c) => chartHtml(c, lang)).join('')}</div>`;
  }
  if (!small) return `<div class="charts one">${charts.map((c) => chartHtml(c, lang)).join('')}</div>`;
  const seen = new Map<string, LegendItem>();
  for (const c of charts)
    for (const item of legendOf(c)) if (!seen.has(item.label)) seen.set(item.label, item);
  return `<div class="charts one">${charts.map((c) => chartHtml(c, lang, false)).join('')}</div>${legendHtml([...seen.values()])}`;
}

/** A table as HTML; numbers right-aligned, units under the header labels. */
export function tableHtml(t: Table, lang: ReportLang): string {
  const numeric = t.columns.map((_, j) =>
    t.rows.some((r) => typeof r.cells[j] === 'object' && r.cells[j] !== null),
  );
  const head = t.columns
    .map(
      (c, j) =>
        `<th${numeric[j] ? ' class="num"' : ''}>${escapeXml(c.label)}${c.unit ? `<span class="unit">${escapeXml(c.unit)}</span>` : ''}</th>`,
    )
    .join('');
  const td = (cell: Cell) =>
    `<td${typeof cell === 'object' && cell !== null ? ' class="num"' : ''}>${escapeXml(cellText(cell, lang))}</td>`;
  const body = t.rows
    .map((r, i) => {
      let cells = r.cells.map(td);
      if (t.groupColumn) {
        const group = cellText(r.cells[0] ?? null, lang);
        const first = i === 0 || cellText(t.rows[i - 1]!.cells[0] ?? null, lang) !== group;
        let span = 1;
        while (
          first &&
          i + span < t.rows.length &&
          cellText(t.rows[i + span]!.cells[0] ?? null, lang) === group
        )
          span++;
        cells = [
          first ? `<td class="group" rowspan="${span}">${escapeXml(group)}</td>` : '',
          ...cells.slice(1),
        ];
      }
      return `<tr${r.tone ? ` class="${r.tone}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('');
  const note = t.note ? `<p class="note">${escapeXml(t.note)}</p>` : '';
  const cls = [t.compact ? 'compact' : '', t.rows.length <= SHORT_TABLE_ROWS ? 'short' : '']
    .filter(Boolean)
    .join(' ');
  return `<table id="table-${escapeXml(t.id)}"${cls ? ` class="${cls}"` : ''}><caption>${escapeXml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}

function headlinesHtml(items: readonly Headline[]): string {
  const cards = items.map(
    (h) =>
      `<div class="headline" data-kpi="${escapeXml(h.key)}"><div class="label">${escapeXml(h.label)}</div><div class="value">${escapeXml(h.text)}</div>${h.note ? `<div class="note">${escapeXml(h.note)}</div>` : ''}</div>`,
  );
  return `<div class="headlines">${cards.join('')}</div>`;
}

function blockHtml(b: Block, lang: ReportLang): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeXml(b.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeXml(b.text)}</h3>`;
    case 'alert':
      return `<div class="alert ${b.level}" role="alert">${escapeXml(b.text)}</div>`;
    case 'headlines':
      return headlinesHtml(b.items);
    case 'table':
      return tableHtml(b.table, lang);
    case 'chart':
      return chartHtml(b.chart, lang);
    case 'charts':
      return chartsHtml(b.charts, lang);
  }
}

function sectionHtml(s: Section, lang: ReportLang): string {
  return `<section id="${escapeXml(s.id)}"${s.pageBreak ? ' class="page-break"' : ''}><h2>${escapeXml(s.title)}</h2>${s.blocks.map((b) => blockHtml(b, lang)).join('\n')}</section>`;
}

/** The whole report as a standalone HTML document (no scripts, no external resources; CSP forbids both). */
export function renderHtml(model: ReportModel, opts: HtmlOptions = {}): string {
  const meta = model.meta.map((m) => `<dt>${escapeXml(m.label)}</dt><dd>${escapeXml(m.value)}</dd>`).join('');
  return `<!DOCTYPE html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(`${model.title} — ${model.subtitle}`)}</title>
<style>${css(model, opts)}</style>
</head>
<body>
<header class="cover"><h1>${escapeXml(model.title)}</h1><div class="subtitle">${escapeXml(model.subtitle)}</div><dl class="meta">${meta}</dl></header>
${model.sections.map((s) => sectionHtml(s, model.lang)).join('\n')}
</body>
</html>
`;
}
