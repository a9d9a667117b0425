// Heating season dates and its periods (early, deep, late cold), each a date range; add and remove periods.
import { appStore, useApp } from '../../store';
import { appendAt, getAt, removeAt } from '../../store/paths';
import { useT } from '../i18n';
import { TextField } from './fields';
import { Section } from './Section';

export function SeasonSection() {
  const t = useT();
  const periods = useApp((s) => getAt(s.scenario, ['periods']));
  const replace = useApp((s) => s.replace);
  const list = Array.isArray(periods) ? periods : [];
  const add = () => {
    const n = list.length + 1;
    const period = {
      id: `period${n}`,
      label: { zh: `时段${n}`, en: `Period ${n}` },
      start: '03-01',
      end: '03-31',
    };
    replace(appendAt(appStore.getState().scenario, ['periods'], period), 'add:period');
  };
  return (
    <>
      <Section title={t('editor.season')}>
        <TextField path={['season', 'start']} label={t('editor.seasonStart')} />
        <TextField path={['season', 'end']} label={t('editor.seasonEnd')} />
      </Section>
      <section className="editor-group">
        <h3>{t('editor.periods')}</h3>
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('editor.periodId')}</th>
              <th>{t('editor.labelZh')}</th>
              <th>{t('editor.labelEn')}</th>
              <th>{t('editor.start')}</th>
              <th>{t('editor.end')}</th>
              <th>
                <span className="sr-only">{t('editor.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              <tr key={i}>
                <td>
                  <TextField path={['periods', i, 'id']} label={`${t('editor.periodId')} ${i + 1}`} compact />
                </td>
                <td>
                  <TextField
                    path={['periods', i, 'label', 'zh']}
                    label={`${t('editor.labelZh')} ${i + 1}`}
                    compact
                  />
                </td>
                <td>
                  <TextField
                    path={['periods', i, 'label', 'en']}
                    label={`${t('editor.labelEn')} ${i + 1}`}
                    compact
                  />
                </td>
                <td>
                  <TextField path={['periods', i, 'start']} label={`${t('editor.start')} ${i + 1}`} compact />
                </td>
                <td>
                  <TextField path={['periods', i, 'end']} label={`${t('editor.end')} ${i + 1}`} compact />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon danger"
                    aria-label={`${t('editor.remove')} ${i + 1}`}
                    onClick={() =>
                      replace(removeAt(appStore.getState().scenario, ['periods'], i), `remove:period${i}`)
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
          <button type="button" onClick={add}>
            + {t('editor.add')}
          </button>
        </div>
      </section>
    </>
  );
}
