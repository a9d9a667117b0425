// Immutable get/set of values inside a raw scenario object by JSON path (the editor's one way to write).

/** A JSON path as keys and array indices: ['technologies', 3, 'params', 'capacityMw']. */
export type Path = readonly (string | number)[];

/** 'technologies[3].params.capacityMw' — the same spelling the validator uses for issues. */
export function pathKey(path: Path): string {
  return path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k),
    '',
  );
}

/** Parses the validator's spelling back into a path: 'a.b[2].c' → ['a', 'b', 2, 'c']; null if it is not one. */
export function parsePath(key: string): Path | null {
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/.test(key)) return null;
  return [...key.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * A copy of root with value written at path; objects and arrays on the way are copied (structural
 * sharing elsewhere), missing containers are created. value undefined deletes an object key.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const arr = Array.isArray(root) ? [...(root as unknown[])] : [];
    arr[head] = setAt(arr[head], rest, value);
    return arr;
  }
  const obj: Record<string, unknown> =
    root !== null && typeof root === 'object' && !Array.isArray(root)
      ? (root as Record<string, unknown>)
      : {};
  const next = setAt(obj[head], rest, value);
  if (next === undefined) return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== head));
  return { ...obj, [head]: next };
}

/** A copy of the array at path with the element at index removed. */
export function removeAt(root: unknown, path: Path, index: number): unknown {
  const arr = getAt(root, path);
  if (!Array.isArray(arr)) return root;
  return setAt(
    root,
    path,
    arr.filter((_, i) => i !== index),
  );
}

/** A copy of the array at path with value appended. */
export function appendAt(root: unknown, path: Path, value: unknown): unknown {
  const arr = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(arr) ? arr : []), value]);
}
