// Tariff (with Shanxi/Gansu presets), prices, and emission/conversion factors (with MEE and Shanxi presets).
import { appStore, useApp } from '../../store';
import { getAt, setAt } from '../../store/paths';
import { useT } from '../i18n';
import { CheckField, IntListField, NumberField } from './fields';
import { ELEC_TCE_PRESETS, GRID_CO2_PRESETS, matchingTariff, matchingValue, tariffOf } from './presets';
import { Section } from './Section';
import { PresetPicker } from './PresetPicker';

export function PricesSection() {
  const t = useT();
  const tariff = useApp((s) => getAt(s.scenario, ['tariff']));
  const replace = useApp((s) => s.replace);
  const preset = matchingTariff(tariff);
  const applyTariff = (id: string) => {
    if (id === 'shanxi2021' || id === 'gansu2024') {
      replace(setAt(appStore.getState().scenario, ['tariff'], tariffOf(id)), 'preset:tariff');
    }
  };
  return (
    <>
      <Section title={t('editor.tariff')}>
        <div className="field">
          <label className="field-label" htmlFor="tariff-preset">
            {t('editor.preset')}
          </label>
          <select id="tariff-preset" value={preset} onChange={(e) => applyTariff(e.target.value)}>
            <option value="shanxi2021">{t('editor.preset.shanxi2021')}</option>
            <option value="gansu2024">{t('editor.preset.gansu2024')}</option>
            <option value="custom" disabled>
              {t('editor.preset.custom')}
            </option>
          </select>
        </div>
        <NumberField path={['tariff', 'flatCnyPerMwh']} label={t('editor.flatPrice')} />
        <NumberField path={['tariff', 'multipliers', 'peak']} label={t('editor.peakMult')} />
        <NumberField path={['tariff', 'multipliers', 'valley']} label={t('editor.valleyMult')} />
        <NumberField path={['tariff', 'multipliers', 'sharpOverPeak']} label={t('editor.sharpMult')} />
        <IntListField
          path={['tariff', 'bands', 'peak']}
          label={t('editor.peakHours')}
          hint={t('editor.hoursHint')}
        />
        <IntListField
          path={['tariff', 'bands', 'valley']}
          label={t('editor.valleyHours')}
          hint={t('editor.hoursHint')}
        />
        <IntListField
          path={['tariff', 'bands', 'sharp']}
          label={t('editor.sharpHours')}
          hint={t('editor.hoursHint')}
        />
        <IntListField
          path={['tariff', 'sharpMonths']}
          label={t('editor.sharpMonths')}
          hint={t('editor.monthsHint')}
        />
      </Section>
      <Section title={t('editor.prices2')}>
        <CheckField path={['prices', 'exportEnabled']} label={t('editor.exportEnabled')} fallback />
        <NumberField path={['prices', 'exportCnyPerMwh']} label={t('editor.exportPrice')} />
        <NumberField path={['prices', 'importLimitMw']} label={t('editor.importLimit')} />
        <NumberField path={['prices', 'gasCnyPerNm3']} label={t('editor.gasPrice')} />
        <NumberField path={['prices', 'gasLhvMjPerNm3']} label={t('editor.gasLhv')} />
        <NumberField path={['prices', 'carbonCnyPerT']} label={t('editor.carbonPrice')} />
        <NumberField path={['prices', 'coalCnyPerTce']} label={t('editor.coalPrice')} />
        <NumberField path={['prices', 'vollCnyPerMwh']} label={t('editor.voll')} />
        <NumberField path={['prices', 'dumpCnyPerMwh']} label={t('editor.dumpPenalty')} />
      </Section>
      <Section title={t('editor.factors')}>
        <NumberField path={['factors', 'gridCo2TPerMwh']} label={t('editor.gridCo2')} />
        <PresetPicker
          id="grid-preset"
          label={t('editor.gridPreset')}
          path={['factors', 'gridCo2TPerMwh']}
          presets={GRID_CO2_PRESETS}
          match={matchingValue}
        />
        <NumberField path={['factors', 'gasCo2KgPerNm3']} label={t('editor.gasCo2')} />
        <NumberField path={['factors', 'coalBoilerEfficiency']} label={t('editor.coalEff')} />
        <NumberField path={['factors', 'coalCo2TPerTce']} label={t('editor.coalCo2')} />
        <NumberField path={['factors', 'electricityKgcePerKwh']} label={t('editor.elecTce')} />
        <PresetPicker
          id="tce-preset"
          label={`${t('editor.elecTce')} — ${t('editor.preset')}`}
          path={['factors', 'electricityKgcePerKwh']}
          presets={ELEC_TCE_PRESETS}
          match={matchingValue}
        />
      </Section>
    </>
  );
}
