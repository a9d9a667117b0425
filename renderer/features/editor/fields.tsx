// Labelled, validated inputs bound to a scenario path: number (with unit and range), text, select, checkbox, list.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useApp } from '../../store';
import { getAt, pathKey, type Path } from '../../store/paths';
import { allowedText, issueText, issuesAt, parseIntList, parseTyped, showUnit } from './issues';
import { numberSpecAt, type NumberSpec } from './schema-meta';

/** The value, issues and writer of a scenario field. */
function useField(path: Path, within = false) {
  const key = pathKey(path);
  const value = useApp((s) => getAt(s.scenario, path));
  const allIssues = useApp((s) => s.issues);
  const issues = useMemo(() => issuesAt(allIssues, key, within), [allIssues, key, within]);
  const edit = useApp((s) => s.edit);
  return { key, value, issues, set: (v: unknown) => edit(path, v) };
}

interface FieldProps {
  readonly path: Path;
  readonly label: string;
  /** Hide the label visually (table cells); it stays the accessible name. */
  readonly compact?: boolean;
  /** Small label above a narrow input (technology table rows). */
  readonly mini?: boolean;
  /** Accessible name when it must say more than the visible label. */
  readonly ariaLabel?: string;
  readonly hint?: ReactNode;
}

function Frame(props: {
  id: string;
  label: string;
  compact?: boolean;
  mini?: boolean;
  error: string | null;
  errId: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const variant = props.compact ? ' field-compact' : props.mini ? ' field-mini' : '';
  return (
    <div className={`field${variant}${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={props.id} className={props.compact ? 'sr-only' : 'field-label'}>
        {props.label}
      </label>
      <div className="field-control">{props.children}</div>
      {props.hint && !props.error ? <div className="field-hint">{props.hint}</div> : null}
      {props.error ? (
        <div className="field-error" id={props.errId} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

/** A number with its unit and allowed range; typing keeps the exact text, the store gets the number. */
export function NumberField(props: FieldProps & { spec?: NumberSpec | null; placeholder?: number }) {
  const { value, issues, set } = useField(props.path);
  const lang = useApp((s) => s.lang);
  const raw = useApp((s) => s.scenario);
  const spec = props.spec ?? numberSpecAt(props.path, raw);
  const [draft, setDraft] = useState<{ text: string; forValue: unknown }>({
    text: '',
    forValue: Symbol('none'),
  });
  const shown = Object.is(draft.forValue, value) ? draft.text : value === undefined ? '' : String(value);
  const id = useId();
  const errId = `${id}-err`;
  const error = issues[0] ? issueText(issues[0], value, spec, lang) : null;
  const unit = spec ? showUnit(spec.unit) : '';
  return (
    <Frame
      id={id}
      errId={errId}
      label={props.label}
      compact={props.compact}
      mini={props.mini}
      error={error}
      hint={props.hint}
    >
      <input
        id={id}
        aria-label={props.ariaLabel}
        className="num"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={shown}
        placeholder={
          props.placeholder !== undefined
            ? String(props.placeholder)
            : spec?.default !== undefined
              ? String(spec.default)
              : undefined
        }
        title={spec ? allowedText(spec, lang) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        onChange={(e) => {
          const parsed = parseTyped(e.target.value);
          setDraft({ text: e.target.value, forValue: parsed });
          set(parsed);
        }}
      />
      {unit ? <span className="unit">{unit}</span> : null}
    </Frame>
  );
}

/** A free text field (names, ids, dates). */
export function TextField(props: FieldProps & { wide?: boolean; optional?: boolean }) {
  const { value, issues, set } = useField(props.path);
  const id = useId();
  const error = issues[0]?.message ?? null;
  return (
    <Frame
      id={id}
      errId={`${id}-err`}
      label={props.label}
      compact={props.compact}
      error={error}
      hint={props.hint}
    >
      <input
        id={id}
        type="text"
        className={props.wide ? 'wide' : undefined}
        value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => set(props.optional && e.target.value === '' ? undefined : e.target.value)}
      />
    </Frame>
  );
}

/** A choice among fixed values. */
export function SelectField(
  props: FieldProps & { options: readonly { value: string; label: string }[]; onPick?: (v: string) => void },
) {
  const { value, issues, set } = useField(props.path);
  const id = useId();
  const error = issues[0]?.message ?? null;
  return (
    <Frame
      id={id}
      errId={`${id}-err`}
      label={props.label}
      compact={props.compact}
      error={error}
      hint={props.hint}
    >
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => (props.onPick ?? set)(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A yes/no switch; absent counts as `fallback`. */
export function CheckField(props: FieldProps & { fallback?: boolean }) {
  const { value, set } = useField(props.path);
  const checked = typeof value === 'boolean' ? value : (props.fallback ?? false);
  return (
    <label className={`check${props.compact ? ' check-compact' : ''}`}>
      <input type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
      <span className={props.compact ? 'sr-only' : undefined}>{props.label}</span>
    </label>
  );
}

/** Whole numbers written as '8, 9, 10' (tariff hours, months). */
export function IntListField(props: FieldProps) {
  const { key, value, issues, set } = useField(props.path, true);
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; forValue: unknown }>({
    text: '',
    forValue: Symbol('none'),
  });
  const shown = Object.is(draft.forValue, value)
    ? draft.text
    : Array.isArray(value)
      ? value.join(', ')
      : String(value ?? '');
  const error = issues[0] ? `${issues[0].path.slice(key.length)} ${issues[0].message}`.trim() : null;
  return (
    <Frame id={id} errId={`${id}-err`} label={props.label} error={error} hint={props.hint}>
      <input
        id={id}
        type="text"
        className="wide"
        value={shown}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const parsed = parseIntList(e.target.value);
          setDraft({ text: e.target.value, forValue: parsed });
          set(parsed);
        }}
      />
    </Frame>
  );
}
