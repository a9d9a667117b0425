// Design-check rows (MODEL §2): peak load against firm capacity, with and without the largest unit.
import type { DesignCheck } from '../../../solver/results/types';

/** A margin below this share of the peak load is shown as tight (a UI judgement, not a rule). */
export const TIGHT_MARGIN_SHARE = 0.05;

export type MarginTone = 'ok' | 'tight' | 'short';

export interface DesignRow {
  readonly kind: 'design' | 'coldest';
  readonly when: string | null;
  readonly tOutC: number;
  readonly peakMw: number;
  readonly firmMw: number;
  readonly marginMw: number;
  readonly tone: MarginTone;
  readonly unitOut: string | null;
  readonly unitMw: number | null;
  readonly n1FirmMw: number | null;
  readonly n1MarginMw: number | null;
  readonly n1Tone: MarginTone | null;
  /** Firm MW per technology type, largest first (for the stacked bar). */
  readonly byType: readonly { readonly type: string; readonly mw: number }[];
}

/** How comfortable a margin is relative to the peak. */
export function marginTone(marginMw: number, peakMw: number): MarginTone {
  if (marginMw < 0) return 'short';
  return marginMw < TIGHT_MARGIN_SHARE * peakMw ? 'tight' : 'ok';
}

/** One row per check point. */
export function designRows(check: DesignCheck): DesignRow[] {
  return check.points.map((p) => {
    const types = new Map<string, number>();
    for (const i of p.byInstance) types.set(i.type, (types.get(i.type) ?? 0) + i.firmMw);
    return {
      kind: p.kind,
      when: p.when,
      tOutC: p.tOutC,
      peakMw: p.peakLoadMw,
      firmMw: p.firmCapacityMw,
      marginMw: p.marginMw,
      tone: marginTone(p.marginMw, p.peakLoadMw),
      unitOut: p.nMinus1?.unitOut ?? null,
      unitMw: p.nMinus1?.unitMw ?? null,
      n1FirmMw: p.nMinus1?.firmCapacityMw ?? null,
      n1MarginMw: p.nMinus1?.marginMw ?? null,
      n1Tone: p.nMinus1 ? marginTone(p.nMinus1.marginMw, p.peakLoadMw) : null,
      byType: [...types.entries()].map(([type, mw]) => ({ type, mw })).sort((a, b) => b.mw - a.mw),
    };
  });
}
