// Deterministic, LP-safe names for columns and rows (ARCHITECTURE.md "LP conventions").

/** Zero-padded step suffix: t0042 (more digits only past 9999 steps). */
export function stepSuffix(t: number): string {
  return `t${String(t).padStart(4, '0')}`;
}

/** `${family}__${instance}__t${step}`: heat_out__gasBoiler_1__t0042. */
export function columnName(family: string, instance: string, t: number): string {
  return `${family}__${instance}__${stepSuffix(t)}`;
}

/** `${thing}_${relation}__t${step}` (heat_balance__t0042), or with an instance in the middle. */
export function rowName(thing: string, t: number, instance?: string): string {
  return instance ? `${thing}__${instance}__${stepSuffix(t)}` : `${thing}__${stepSuffix(t)}`;
}
