// Presets the editor offers: TOU tariffs (from solver/time), grid CO2 factors and electricity→coal factors.
import { TARIFF_PRESETS } from '../../../solver/time';

export { matchingTariff, TARIFF_PRESETS } from '../../../solver/time';
import type { MessageKey } from '../i18n/format';

/**
 * Grid CO2 emission factors, tCO2/MWh (MODEL §3.3): the MEE factor used in the island's 2023 ESG report,
 * the MEE national factors published for 2022 and 2023 data, and the Shanxi provincial factor.
 */
export const GRID_CO2_PRESETS: readonly { readonly id: MessageKey; readonly value: number }[] = [
  { id: 'editor.gridPreset.mee2023esg', value: 0.5703 },
  { id: 'editor.gridPreset.mee2022', value: 0.5366 },
  { id: 'editor.gridPreset.mee2023', value: 0.5306 },
  { id: 'editor.gridPreset.shanxi', value: 0.6634 },
];

/** Electricity to standard coal, kgce/kWh (GB/T 2589): equivalent value 当量值 and generation value 等价值. */
export const ELEC_TCE_PRESETS: readonly { readonly id: MessageKey; readonly value: number }[] = [
  { id: 'editor.elecTcePreset.equivalent', value: 0.1229 },
  { id: 'editor.elecTcePreset.generation', value: 0.3 },
];

/** The tariff object a preset writes into the scenario. */
export function tariffOf(id: 'shanxi2021' | 'gansu2024'): Record<string, unknown> {
  const s = TARIFF_PRESETS[id];
  return {
    preset: id,
    flatCnyPerMwh: s.flatCnyPerMwh,
    multipliers: { ...s.multipliers },
    bands: { peak: [...s.bands.peak], valley: [...s.bands.valley], sharp: [...s.bands.sharp] },
    sharpMonths: [...s.sharpMonths],
  };
}

/** The preset a value equals (to show in the preset menu), else null. */
export function matchingValue(
  presets: readonly { readonly id: MessageKey; readonly value: number }[],
  value: unknown,
): MessageKey | null {
  return presets.find((p) => p.value === value)?.id ?? null;
}
