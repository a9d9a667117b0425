// Heat demand: degree-hour blocks (area × design index) or a measured hourly profile CSV.
import { getApi } from '../../bridge';
import { appStore, useApp } from '../../store';
import { appendAt, getAt, removeAt, setAt } from '../../store/paths';
import { useT } from '../i18n';
import { FilePick } from './FilePick';
import { NumberField, SelectField, TextField } from './fields';
import { Section } from './Section';
import { newBlock, switchDemand } from './templates';

export function DemandSection() {
  const t = useT();
  const demand = useApp((s) => getAt(s.scenario, ['demand'])) as
    { kind?: string; blocks?: unknown } | undefined;
  const replace = useApp((s) => s.replace);
  const edit = useApp((s) => s.edit);
  const write = (next: unknown, key: string) =>
    replace(setAt(appStore.getState().scenario, ['demand'], next), key);
  const blocks = Array.isArray(demand?.blocks) ? demand.blocks : [];
  /** The host keeps a copy of the CSV in the app data folder; the scenario names that copy. */
  const importCsv = async (file: File) => {
    const reply = await getApi().demandImportCsv({ text: await file.text(), name: file.name });
    if (reply.ok) edit(['demand', 'file'], reply.value.path);
    else appStore.getState().setNotice({ kind: 'error', text: reply.error.message });
  };
  return (
    <>
      <Section title={t('editor.demand')}>
        <SelectField
          path={['demand', 'kind']}
          label={t('editor.demandKind')}
          options={[
            { value: 'degreeHour', label: t('editor.demand.degreeHour') },
            { value: 'measured', label: t('editor.demand.measured') },
          ]}
          onPick={(kind) => write(switchDemand(demand, kind), 'demand:kind')}
        />
        {demand?.kind === 'measured' ? (
          <>
            <TextField path={['demand', 'file']} label={t('editor.measuredFile')} wide />
            <FilePick
              label={t('editor.csvImport')}
              accept=".csv,text/csv"
              onFile={(f) => void importCsv(f)}
            />
            <NumberField path={['demand', 'areaM2']} label={t('editor.area')} />
            <NumberField path={['demand', 'designOutdoorC']} label={t('editor.designOutdoor')} />
          </>
        ) : (
          <>
            <NumberField path={['demand', 'indoorC']} label={t('editor.indoor')} placeholder={18} />
            <NumberField path={['demand', 'designOutdoorC']} label={t('editor.designOutdoor')} />
            <NumberField path={['demand', 'networkLoss']} label={t('editor.networkLoss')} />
          </>
        )}
      </Section>
      {demand?.kind !== 'measured' ? (
        <section className="editor-group">
          <h3>{t('editor.blocks')}</h3>
          <table className="grid-table">
            <thead>
              <tr>
                <th>{t('editor.blockId')}</th>
                <th>{t('editor.blockLabel')}</th>
                <th>{t('editor.area')}</th>
                <th>{t('editor.designIndex')}</th>
                <th>
                  <span className="sr-only">{t('editor.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {blocks.map((_, i) => (
                <tr key={i}>
                  <td>
                    <TextField
                      path={['demand', 'blocks', i, 'id']}
                      label={`${t('editor.blockId')} ${i + 1}`}
                      compact
                    />
                  </td>
                  <td>
                    <TextField
                      path={['demand', 'blocks', i, 'label']}
                      label={`${t('editor.blockLabel')} ${i + 1}`}
                      compact
                      optional
                      wide
                    />
                  </td>
                  <td>
                    <NumberField
                      path={['demand', 'blocks', i, 'areaM2']}
                      label={`${t('editor.area')} ${i + 1}`}
                      compact
                    />
                  </td>
                  <td>
                    <NumberField
                      path={['demand', 'blocks', i, 'designIndexWm2']}
                      label={`${t('editor.designIndex')} ${i + 1}`}
                      compact
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon danger"
                      aria-label={`${t('editor.remove')} ${i + 1}`}
                      onClick={() =>
                        replace(
                          removeAt(appStore.getState().scenario, ['demand', 'blocks'], i),
                          `remove:block${i}`,
                        )
                      }
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row-actions">
            <button
              type="button"
              onClick={() =>
                replace(
                  appendAt(appStore.getState().scenario, ['demand', 'blocks'], newBlock(blocks)),
                  'add:block',
                )
              }
            >
              + {t('editor.add')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
