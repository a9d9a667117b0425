// The one shape of "this input is wrong" used by every validator and parser in the solver.

/** One problem found in user input: where it is, what was there, and what is allowed. */
export interface InputIssue {
  /** JSON path ("technologies[3].params.capacityMw"), or file location ("row 1234, field dry-bulb"). */
  readonly path: string;
  /** Human-readable sentence naming the value and what is allowed. */
  readonly message: string;
  /** The offending value when it is short enough to show. */
  readonly value?: string | number | boolean | null;
}

/** Either a value or every problem found (validators report ALL issues, not the first). */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Thrown where a caller needs an exception but the cause is bad input (CLI exit code 2). */
export class InputError extends Error {
  constructor(
    readonly issues: InputIssue[],
    context = 'invalid input',
  ) {
    super(`${context}:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'InputError';
  }
}

/** Short printable form of a value for an issue message. */
export function showValue(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (value === undefined) return null;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
