// One technology instance in the editor table: switch, label, key parameters, capacity; all parameters on expand.
import { capacityOf, defaultParams, type TechnologyDefinition } from '../../../solver/catalog';
import { useApp } from '../../store';
import { getAt } from '../../store/paths';
import { formatNumber, useT } from '../i18n';
import { CheckField, NumberField } from './fields';
import { showUnit } from './issues';
import { paramKeys } from './techs';

interface Props {
  readonly index: number;
  readonly def: TechnologyDefinition;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly onRemove: () => void;
}

/** Parameter values with the catalog defaults filled in where the scenario leaves them out. */
function filled(def: TechnologyDefinition, params: unknown): Record<string, number> {
  const out = defaultParams(def);
  if (params && typeof params === 'object') {
    for (const [k, v] of Object.entries(params)) if (typeof v === 'number') out[k] = v;
  }
  return out;
}

export function TechRow({ index, def, expanded, onToggle, onRemove }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const inst = useApp((s) => getAt(s.scenario, ['technologies', index])) as
    { id?: string; enabled?: boolean; params?: unknown } | undefined;
  const { key, rest } = paramKeys(def);
  const label = def.label[lang];
  const capacity = capacityOf(def, filled(def, inst?.params));
  const enabled = inst?.enabled !== false;
  const detailsId = `tech-details-${index}`;
  const param = (name: string, mini: boolean) => {
    const spec = def.params[name]!;
    return (
      <NumberField
        key={name}
        path={['technologies', index, 'params', name]}
        label={spec.label[lang]}
        ariaLabel={mini ? `${label} — ${spec.label[lang]}` : undefined}
        mini={mini}
        spec={{ unit: spec.unit, min: spec.min, max: spec.max, integer: spec.integer ?? false }}
        placeholder={spec.default}
      />
    );
  };
  return (
    <>
      <tr className={enabled ? undefined : 'row-off'} data-testid={`tech-${inst?.id ?? index}`}>
        <td>
          <button
            type="button"
            className="icon"
            aria-expanded={expanded}
            aria-controls={detailsId}
            aria-label={expanded ? t('editor.collapse') : t('editor.expand')}
            onClick={onToggle}
          >
            {expanded ? '▾' : '▸'}
          </button>
        </td>
        <td>
          <CheckField
            path={['technologies', index, 'enabled']}
            label={`${t('editor.enabled')}: ${label}`}
            compact
            fallback
          />
        </td>
        <td>
          <div className="tech-name">
            <span className="swatch" style={{ background: def.colour }} aria-hidden />
            <span>
              <span className="tech-label">{label}</span>
              <span className="tech-id">{inst?.id}</span>
            </span>
          </div>
        </td>
        <td>
          <div className="tech-params">{key.map((k) => param(k, true))}</div>
        </td>
        <td className="num-cell">
          {formatNumber(capacity, lang, capacity >= 100 ? 0 : capacity < 10 ? 2 : 1)}{' '}
          {showUnit(def.capacityUnit)}
        </td>
        <td>
          <button
            type="button"
            className="icon danger"
            aria-label={`${t('editor.remove')}: ${label} ${inst?.id ?? ''}`}
            onClick={onRemove}
          >
            ✕
          </button>
        </td>
      </tr>
      {expanded ? (
        <tr className="tech-details" id={detailsId}>
          <td colSpan={6}>
            <h4>{t('editor.details', { name: label })}</h4>
            <div className="param-grid">
              {[...key, ...rest].map((name) => {
                const spec = def.params[name]!;
                return (
                  <div className="param" key={name}>
                    {param(name, false)}
                    <div className="param-meta">
                      {t('editor.default', {
                        value: formatNumber(
                          spec.default,
                          lang,
                          Number.isInteger(spec.default) ? 0 : String(spec.default).split('.')[1]!.length,
                        ),
                      })}
                      {spec.assumed ? (
                        <span className="badge badge-assumed" title={t('editor.assumedHint')}>
                          {t('editor.assumed')}
                        </span>
                      ) : null}
                      {spec.description ? <div>{spec.description[lang]}</div> : null}
                      <div className="source">
                        {t('editor.source')}: {spec.source}
                      </div>
                    </div>
                  </div>
                );
              })}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
