// SVG and HTML rendering: well-formed, finite, escaped, self-contained, A4 print CSS with the CJK font stack.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  CJK_FONT_STACK,
  legendOf,
  niceTicks,
  renderChartSvg,
  renderHtml,
  type Chart,
  type ReportModel,
} from '../../../solver/report';
import { cssString } from '../../../solver/report/html';
import { rawScenario, solve, type Solved } from './fixture';

const EVIL = '<script>alert("x")</script> & \'q\'';

function charts(m: ReportModel): Chart[] {
  return m.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : b.kind === 'charts' ? [...b.charts] : [])),
  );
}

let solved: Solved;
beforeAll(async () => {
  solved = await solve(rawScenario('energy-island-1.json'), 'representative');
});

describe('niceTicks', () => {
  it('covers the range with 1-2-2.5-5 steps', () => {
    expect(niceTicks(0, 48.5)).toEqual({ ticks: [0, 10, 20, 30, 40, 50], step: 10 });
    expect(niceTicks(-18, 12).ticks[0]).toBeLessThanOrEqual(-18);
    const { ticks } = niceTicks(0, 0);
    expect(ticks.length).toBeGreaterThan(1);
  });
});

describe('renderChartSvg', () => {
  it('draws every chart of both reports as a finite, well-formed SVG', () => {
    const all = ['proposal', 'technical'].flatMap((type) =>
      charts(
        buildReportModel({ ...solved, lang: 'zh', type: type as 'proposal' | 'technical', generatedAt: 't' }),
      ),
    );
    expect(new Set(all.map((c) => c.kind))).toEqual(
      new Set(['hbar', 'stackedBar', 'stackedArea', 'groupedBar', 'line']),
    );
    for (const c of all) {
      const svg = renderChartSvg(c, 'zh');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg.match(/<svg/g)).toHaveLength(1);
    }
  });

  it('uses the catalog colours and escapes text', () => {
    const chart: Chart = {
      kind: 'stackedBar',
      id: 'x',
      title: EVIL,
      unit: 'MWh',
      categories: [EVIL],
      series: [{ key: 'a', label: EVIL, colour: '#c0392b', values: [5] }],
      annotations: [EVIL],
    };
    const svg = renderChartSvg(chart, 'en');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(svg).toContain('fill="#c0392b"');
    expect(legendOf(chart)).toEqual([{ label: EVIL, colour: '#c0392b', line: false }]);
  });

  it('survives empty and all-zero data', () => {
    const empty: Chart = { kind: 'stackedArea', id: 'e', title: 't', unit: 'MW', xLabels: [], series: [] };
    const zero: Chart = {
      kind: 'line',
      id: 'z',
      title: 't',
      unit: 'x',
      xLabel: 'h',
      series: [{ key: 'a', label: 'a', colour: '#000', values: [0, 0] }],
    };
    for (const c of [empty, zero]) expect(renderChartSvg(c, 'en')).not.toMatch(/NaN|Infinity/);
  });
});

describe('renderHtml', () => {
  it('is one self-contained A4 page with the CJK font stack and no scripts or external resources', () => {
    const html = renderHtml(buildReportModel({ ...solved, lang: 'zh', type: 'proposal', generatedAt: 't' }));
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain(CJK_FONT_STACK.join(', '));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(html.replace(/http:\/\/www\.w3\.org\/2000\/svg/g, '')).not.toMatch(/https?:/);
    expect(html).toContain('清洁供热方案报告');
    expect(html).toContain('class="page-break"');
  });

  it('escapes scenario text everywhere, in content and in the CSS footer', () => {
    const scenario = {
      ...solved.scenario,
      name: EVIL,
      nameZh: EVIL,
      site: { ...solved.scenario.site, name: EVIL },
    };
    const html = renderHtml(
      buildReportModel({ scenario, result: solved.result, lang: 'zh', type: 'technical', generatedAt: EVIL }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('writes CSS strings that cannot be left', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
    expect(cssString('页 1')).toBe('"\\9875  1"');
  });
});
