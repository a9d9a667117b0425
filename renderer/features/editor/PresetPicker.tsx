// A menu of named values for one number field (grid CO2 factor, electricity→coal factor).
import { useApp } from '../../store';
import { getAt, type Path } from '../../store/paths';
import { useT, type MessageKey } from '../i18n';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly path: Path;
  readonly presets: readonly { readonly id: MessageKey; readonly value: number }[];
  readonly match: (presets: Props['presets'], value: unknown) => MessageKey | null;
}

export function PresetPicker({ id, label, path, presets, match }: Props) {
  const t = useT();
  const value = useApp((s) => getAt(s.scenario, path));
  const edit = useApp((s) => s.edit);
  const current = match(presets, value) ?? '';
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const p = presets.find((x) => x.id === e.target.value);
          if (p) edit(path, p.value, `preset:${id}`);
        }}
      >
        <option value="" disabled>
          {t('editor.gridPreset.custom')}
        </option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {t(p.id)}
          </option>
        ))}
      </select>
    </div>
  );
}
