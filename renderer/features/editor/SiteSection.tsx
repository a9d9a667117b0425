// Site and weather: bundled Taiyuan TMYx, an imported EPW file, or a monthly-normals table.
import { useState } from 'react';
import { getApi } from '../../bridge';
import { appStore, useApp } from '../../store';
import { getAt, setAt } from '../../store/paths';
import { formatNumber, useT } from '../i18n';
import { FilePick } from './FilePick';
import { NumberField, SelectField, TextField } from './fields';
import { Section } from './Section';
import { switchWeather } from './templates';

const MONTH_ROWS = [
  ['tMeanC', 'editor.tMean'],
  ['dailyRangeK', 'editor.dailyRange'],
  ['ghiKwhM2Day', 'editor.ghi'],
  ['windMs', 'editor.windSpeed'],
] as const;

export function SiteSection() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const kind = useApp((s) => getAt(s.scenario, ['site', 'weather', 'kind']));
  const replace = useApp((s) => s.replace);
  const edit = useApp((s) => s.edit);
  const [epw, setEpw] = useState<string | null>(null);
  const months = t('months.short').split(',');
  const pickKind = (k: string) => {
    const s = appStore.getState().scenario;
    const next = switchWeather(getAt(s, ['site', 'weather']), k, String(getAt(s, ['site', 'name']) ?? ''));
    replace(setAt(s, ['site', 'weather'], next), 'weather:kind');
  };
  const importEpw = async (file: File) => {
    const text = await file.text();
    const reply = await getApi().weatherCheckEpw({ text, name: file.name });
    if (!reply.ok) {
      setEpw(reply.error.message);
      return;
    }
    const v = reply.value;
    setEpw(
      t('editor.epwSummary', {
        name: v.name,
        hours: v.hours,
        t: formatNumber(v.minTempC, lang, 1),
        ghi: formatNumber(v.annualGhiKwhM2, lang, 0),
      }),
    );
    // The host keeps a checked copy in the app data folder; the scenario names that copy.
    edit(['site', 'weather', 'file'], v.path);
  };
  return (
    <>
      <Section title={t('editor.site')}>
        <TextField path={['name']} label={t('editor.name')} wide />
        <TextField path={['nameZh']} label={t('editor.nameZh')} wide optional />
        <TextField path={['site', 'name']} label={t('editor.siteName')} wide />
        <SelectField
          path={['site', 'weather', 'kind']}
          label={t('editor.weather')}
          options={[
            { value: 'bundled', label: t('editor.weather.bundled') },
            { value: 'epw', label: t('editor.weather.epw') },
            { value: 'normals', label: t('editor.weather.normals') },
          ]}
          onPick={pickKind}
        />
        {kind === 'epw' ? (
          <>
            <TextField
              path={['site', 'weather', 'file']}
              label={t('editor.epwFile')}
              wide
              hint={epw ?? t('editor.epwNote')}
            />
            <FilePick label={t('editor.epwImport')} accept=".epw" onFile={(f) => void importEpw(f)} />
          </>
        ) : null}
        {kind === 'normals' ? (
          <>
            <TextField path={['site', 'weather', 'name']} label={t('editor.normalsName')} />
            <NumberField path={['site', 'weather', 'latitudeDeg']} label={t('editor.latitude')} />
            <NumberField path={['site', 'weather', 'longitudeDeg']} label={t('editor.longitude')} />
            <NumberField path={['site', 'weather', 'timeZoneH']} label={t('editor.timeZone')} />
            <NumberField path={['site', 'weather', 'elevationM']} label={t('editor.elevation')} />
          </>
        ) : null}
      </Section>
      {kind === 'normals' ? (
        <section className="editor-group">
          <h3>{t('editor.weather.normals')}</h3>
          <div className="table-scroll">
            <table className="grid-table months">
              <thead>
                <tr>
                  <th>{t('editor.month')}</th>
                  {months.map((m) => (
                    <th key={m}>{m}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {MONTH_ROWS.map(([key, label]) => (
                  <tr key={key}>
                    <th scope="row">{t(label)}</th>
                    {months.map((m, i) => (
                      <td key={m}>
                        <NumberField path={['site', 'weather', key, i]} label={`${t(label)} ${m}`} compact />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section className="editor-group">
        <h3>{t('editor.description')}</h3>
        <TextField path={['description']} label={t('editor.description')} compact wide optional />
      </section>
    </>
  );
}
