// Keyboard-accessible tab list (arrow keys, Home/End) used for views, editor sections and periods.
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<K extends string | number> {
  readonly key: K;
  readonly label: string;
  readonly testId?: string;
}

interface Props<K extends string | number> {
  readonly label: string;
  readonly items: readonly TabItem<K>[];
  readonly value: K;
  readonly onChange: (key: K) => void;
  readonly className?: string;
  /** id prefix: tab i gets `${idBase}-tab-${key}` and controls `${idBase}-panel`. */
  readonly idBase: string;
}

export function Tabs<K extends string | number>({
  label,
  items,
  value,
  onChange,
  className,
  idBase,
}: Props<K>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const last = items.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? i === last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i === 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onChange(items[to]!.key);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={`tabs ${className ?? ''}`}>
      {items.map((item, i) => (
        <button
          key={String(item.key)}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idBase}-tab-${item.key}`}
          aria-selected={item.key === value}
          aria-controls={`${idBase}-panel`}
          tabIndex={item.key === value ? 0 : -1}
          data-testid={item.testId}
          onClick={() => onChange(item.key)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
