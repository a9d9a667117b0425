// The technology table of the editor, generated from the catalog: one row per instance, add and remove.
import { useState } from 'react';
import { CATALOG } from '../../../solver/catalog';
import { appStore, useApp } from '../../store';
import { appendAt, removeAt } from '../../store/paths';
import { useT } from '../i18n';
import { TechRow } from './TechRow';
import { instanceRows, newInstance } from './techs';

export function TechTable() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const rows = useApp((s) => instanceRows((s.scenario as { technologies?: unknown } | null)?.technologies));
  const replace = useApp((s) => s.replace);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const add = (type: string) => {
    const inst = newInstance(
      type,
      rows.map((r) => r.id),
    );
    if (inst) replace(appendAt(appStore.getState().scenario, ['technologies'], inst), `add:${type}`);
  };
  return (
    <div>
      <table className="tech-table">
        <thead>
          <tr>
            <th>
              <span className="sr-only">{t('editor.expand')}</span>
            </th>
            <th>{t('editor.enabled')}</th>
            <th>{t('editor.technology')}</th>
            <th>{t('editor.keyParams')}</th>
            <th className="num-cell">{t('editor.capacity')}</th>
            <th>
              <span className="sr-only">{t('editor.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.def ? (
              <TechRow
                key={`${r.index}-${r.id}`}
                index={r.index}
                def={r.def}
                expanded={open[r.id] === true}
                onToggle={() => setOpen({ ...open, [r.id]: !open[r.id] })}
                onRemove={() =>
                  replace(removeAt(appStore.getState().scenario, ['technologies'], r.index), `remove:${r.id}`)
                }
              />
            ) : (
              <tr key={`${r.index}-${r.id}`}>
                <td colSpan={6}>
                  {r.id}: {r.type}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <div className="row-actions">
        <label htmlFor="add-tech">{t('editor.addTech')}</label>
        <select
          id="add-tech"
          value=""
          onChange={(e) => {
            if (e.target.value) add(e.target.value);
          }}
        >
          <option value="">{t('editor.addTechPick')}</option>
          {CATALOG.map((d) => (
            <option key={d.id} value={d.id}>
              {d.order}. {d.label[lang]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
