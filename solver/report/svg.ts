// Renders report charts as standalone inline SVG strings (no scripts, no external resources), catalog colours.
import { escapeXml, formatNumber } from './format';
import type {
  Band,
  Chart,
  GroupedBarChart,
  HBarChart,
  LineChart,
  ReportLang,
  Series,
  StackedAreaChart,
  StackedBarChart,
} from './types';

/** Drawing width of every chart in SVG user units (scaled to the page width by CSS). */
const WIDTH = 720;
const PAD = { left: 56, right: 48, top: 26, bottom: 30 } as const;
/** Baseline of the unit caption above each y axis. */
const UNIT_Y = 11;
const FONT = 11;
const GRID = '#dddddd';
const AXIS = '#555555';
const BAND_FILL = ['#f4f6f7', '#ffffff'] as const;

/** A legend entry (drawn in HTML so it wraps with the page). */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly line: boolean;
}

/** "Nice" axis ticks covering [lo, hi]: steps of 1, 2 or 5 × 10^k. */
export function niceTicks(lo: number, hi: number, count = 5): { ticks: number[]; step: number } {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step)
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  if (ticks[ticks.length - 1]! < hi) ticks.push(ticks[ticks.length - 1]! + step);
  return { ticks, step };
}

function digitsFor(step: number): number {
  return step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
}

const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

function text(
  x: number,
  y: number,
  s: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  extra = '',
): string {
  return `<text x="${f1(x)}" y="${f1(y)}" text-anchor="${anchor}" font-size="${FONT}"${extra}>${escapeXml(s)}</text>`;
}

function open(height: number, title: string, width = WIDTH): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>`;
}

/** Y axis with grid lines and labels; returns the scale. */
function yAxis(
  lo: number,
  hi: number,
  top: number,
  bottom: number,
  lang: ReportLang,
  unit: string,
  side: 'left' | 'right' = 'left',
) {
  const { ticks, step } = niceTicks(lo, hi);
  const min = Math.min(ticks[0]!, lo);
  const max = ticks[ticks.length - 1]!;
  const y = (v: number) => bottom - ((v - min) / (max - min || 1)) * (bottom - top);
  const d = digitsFor(step);
  const parts: string[] = [];
  const x = side === 'left' ? PAD.left : WIDTH - PAD.right;
  for (const t of ticks) {
    if (side === 'left')
      parts.push(
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${f1(y(t))}" y2="${f1(y(t))}" stroke="${GRID}" stroke-width="0.6"/>`,
      );
    parts.push(
      text(
        side === 'left' ? x - 4 : x + 4,
        y(t) + 4,
        formatNumber(t, d, lang),
        side === 'left' ? 'end' : 'start',
      ),
    );
  }
  parts.push(
    text(side === 'left' ? 4 : WIDTH - 4, UNIT_Y, unit, side === 'left' ? 'start' : 'end', ` fill="${AXIS}"`),
  );
  return { y, svg: parts.join('') };
}

function xTicks(
  labels: readonly string[],
  x: (i: number) => number,
  bottom: number,
  maxTicks: number,
): string {
  const every = Math.max(1, Math.ceil(labels.length / maxTicks));
  const parts: string[] = [];
  for (let i = 0; i < labels.length; i += every)
    parts.push(text(x(i), bottom + 14, labels[i] ?? '', 'middle'));
  return parts.join('');
}

function bandsSvg(bands: readonly Band[], x: (i: number) => number, top: number, bottom: number): string {
  return bands
    .map((b, k) => {
      const x0 = x(b.from);
      const x1 = x(b.to);
      return `<rect x="${f1(x0)}" y="${top}" width="${f1(Math.max(0, x1 - x0))}" height="${f1(bottom - top)}" fill="${BAND_FILL[k % 2]}"/>${text((x0 + x1) / 2, top + 12, b.label, 'middle', ` fill="${AXIS}" font-weight="bold"`)}`;
    })
    .join('');
}

function polyline(
  values: readonly number[],
  x: (i: number) => number,
  y: (v: number) => number,
  colour: string,
  width: number,
  dash = '',
): string {
  const pts = values.map((v, i) => `${f1(x(i))},${f1(y(v))}`).join(' ');
  return `<polyline points="${pts}" fill="none" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function stackedArea(c: StackedAreaChart, lang: ReportLang): string {
  const height = c.small ? 135 : 260;
  const n = c.xLabels.length;
  const top = PAD.top + (c.bands?.length ? 6 : 0);
  const bottom = height - PAD.bottom;
  const right = c.line2 ? WIDTH - PAD.right : WIDTH - 12;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i / (n - 1)) * (right - PAD.left));
  const cum = new Float64Array(n);
  let hi = 0;
  const layers = c.series.map((s) => {
    const lower = Float64Array.from(cum);
    s.values.forEach((v, i) => (cum[i]! += Math.max(0, v)));
    return { s, lower, upper: Float64Array.from(cum) };
  });
  for (let i = 0; i < n; i++) hi = Math.max(hi, cum[i]!, c.line?.values[i] ?? 0);
  const ax = yAxis(0, hi, top, bottom, lang, c.unit);
  const parts = [open(height, c.title)];
  if (c.bands) parts.push(bandsSvg(c.bands, (i) => x(Math.min(i, n - 1)), UNIT_Y + 3, bottom));
  parts.push(ax.svg);
  for (const { s, lower, upper } of layers) {
    const fwd = Array.from(upper, (v, i) => `${f1(x(i))},${f1(ax.y(v))}`);
    const back = Array.from(lower, (v, i) => `${f1(x(i))},${f1(ax.y(v))}`).reverse();
    parts.push(
      `<polygon points="${[...fwd, ...back].join(' ')}" fill="${s.colour}" fill-opacity="0.9" stroke="none"><title>${escapeXml(s.label)}</title></polygon>`,
    );
  }
  if (c.line) parts.push(polyline(c.line.values, x, ax.y, c.line.colour, 1.4));
  if (c.line2) {
    const vals = c.line2.values;
    const ax2 = yAxis(Math.min(...vals), Math.max(...vals), top, bottom, lang, c.line2.unit, 'right');
    parts.push(ax2.svg, polyline(vals, x, ax2.y, c.line2.colour, 1, '3 2'));
  }
  parts.push(`<line x1="${PAD.left}" x2="${f1(right)}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}"/>`);
  parts.push(xTicks(c.xLabels, x, bottom, c.small ? 6 : 10), '</svg>');
  return parts.join('');
}

function stackedBar(c: StackedBarChart, lang: ReportLang): string {
  const height = 240;
  const top = PAD.top + 4;
  const bottom = height - PAD.bottom;
  const slot = (WIDTH - PAD.left - 12) / Math.max(1, c.categories.length);
  const totals = c.categories.map((_, i) => c.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0));
  const ax = yAxis(0, Math.max(...totals, 0), top, bottom, lang, c.unit);
  const parts = [open(height, c.title), ax.svg];
  c.categories.forEach((cat, i) => {
    const x0 = PAD.left + slot * i + slot * 0.3;
    const w = slot * 0.4;
    let acc = 0;
    for (const s of c.series) {
      const v = Math.max(0, s.values[i] ?? 0);
      if (v <= 0) continue;
      parts.push(
        `<rect x="${f1(x0)}" y="${f1(ax.y(acc + v))}" width="${f1(w)}" height="${f1(ax.y(acc) - ax.y(acc + v))}" fill="${s.colour}"><title>${escapeXml(`${s.label}: ${formatNumber(v, 0, lang)} ${c.unit}`)}</title></rect>`,
      );
      acc += v;
    }
    parts.push(text(x0 + w / 2, bottom + 14, cat, 'middle'));
    const note = c.annotations?.[i];
    if (note) parts.push(text(x0 + w / 2, ax.y(acc) - 5, note, 'middle', ' font-weight="bold"'));
  });
  parts.push(
    `<line x1="${PAD.left}" x2="${WIDTH - 12}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}"/>`,
    '</svg>',
  );
  return parts.join('');
}

function groupedBar(c: GroupedBarChart, lang: ReportLang): string {
  const height = 190;
  const top = PAD.top + 4;
  const bottom = height - PAD.bottom;
  const all = c.series.flatMap((s) => s.values);
  const ax = yAxis(Math.min(0, ...all), Math.max(0, ...all), top, bottom, lang, c.unit);
  const slot = (WIDTH - PAD.left - 12) / Math.max(1, c.categories.length);
  const parts = [open(height, c.title), ax.svg];
  c.categories.forEach((cat, i) => {
    const w = (slot * 0.7) / Math.max(1, c.series.length);
    c.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const x0 = PAD.left + slot * i + slot * 0.15 + k * w;
      const y0 = ax.y(Math.max(0, v));
      parts.push(
        `<rect x="${f1(x0 + 2)}" y="${f1(y0)}" width="${f1(w - 4)}" height="${f1(Math.abs(ax.y(v) - ax.y(0)))}" fill="${s.colour}"/>`,
      );
      parts.push(text(x0 + w / 2, y0 - 4, formatNumber(v, c.digits, lang), 'middle'));
    });
    parts.push(text(PAD.left + slot * (i + 0.5), bottom + 14, cat, 'middle'));
  });
  parts.push(
    `<line x1="${PAD.left}" x2="${WIDTH - 12}" y1="${f1(ax.y(0))}" y2="${f1(ax.y(0))}" stroke="${AXIS}"/>`,
    '</svg>',
  );
  return parts.join('');
}

function hbar(c: HBarChart): string {
  const row = c.items.length > 4 ? 18 : 22;
  const width = c.half ? WIDTH / 2 : WIDTH;
  const labelW = c.half ? 150 : 210;
  const textW = c.half ? 90 : 170;
  const height = row * c.items.length + 8;
  const max = Math.max(0, ...c.items.map((i) => i.value));
  const barW = width - labelW - textW;
  const parts = [open(height, c.title, width)];
  c.items.forEach((it, k) => {
    const y0 = 4 + k * row;
    const w = max > 0 ? (Math.max(0, it.value) / max) * barW : 0;
    parts.push(text(labelW - 8, y0 + row / 2 + 4, it.label, 'end'));
    parts.push(
      `<rect x="${labelW}" y="${f1(y0 + 3)}" width="${f1(w)}" height="${row - 6}" fill="${it.colour}"/>`,
    );
    parts.push(text(labelW + w + 6, y0 + row / 2 + 4, it.text));
  });
  parts.push('</svg>');
  return parts.join('');
}

function line(c: LineChart, lang: ReportLang): string {
  const height = 200;
  const top = PAD.top;
  const bottom = height - PAD.bottom;
  const all = c.series.flatMap((s) => s.values);
  const ax = yAxis(Math.min(0, ...all), Math.max(0, ...all), top, bottom, lang, c.unit);
  const n = Math.max(...c.series.map((s) => s.values.length), 1);
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i / (n - 1)) * (WIDTH - 12 - PAD.left));
  const parts = [open(height, c.title), ax.svg];
  for (const s of c.series) parts.push(polyline(s.values, x, ax.y, s.colour, 1.5));
  parts.push(`<line x1="${PAD.left}" x2="${WIDTH - 12}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}"/>`);
  parts.push(text((PAD.left + WIDTH) / 2, bottom + 16, c.xLabel, 'middle'), '</svg>');
  return parts.join('');
}

/** The chart as an SVG string (title in <title>, legend drawn separately by {@link legendOf}). */
export function renderChartSvg(c: Chart, lang: ReportLang): string {
  switch (c.kind) {
    case 'stackedArea':
      return stackedArea(c, lang);
    case 'stackedBar':
      return stackedBar(c, lang);
    case 'groupedBar':
      return groupedBar(c, lang);
    case 'hbar':
      return hbar(c);
    case 'line':
      return line(c, lang);
  }
}

/** Legend entries of a chart (none for horizontal bars, which label themselves). */
export function legendOf(c: Chart): LegendItem[] {
  const area = (s: readonly Series[]) => s.map((x) => ({ label: x.label, colour: x.colour, line: false }));
  switch (c.kind) {
    case 'stackedArea':
      return [
        ...area(c.series),
        ...(c.line ? [{ label: c.line.label, colour: c.line.colour, line: true }] : []),
        ...(c.line2
          ? [{ label: `${c.line2.label} (${c.line2.unit})`, colour: c.line2.colour, line: true }]
          : []),
      ];
    case 'stackedBar':
    case 'groupedBar':
      return area(c.series);
    case 'line':
      return c.series.length > 1
        ? c.series.map((x) => ({ label: x.label, colour: x.colour, line: true }))
        : [];
    case 'hbar':
      return [];
  }
}
