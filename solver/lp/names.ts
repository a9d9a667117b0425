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

/** Words the CPLEX-LP grammar (or HiGHS' reader) treats as keywords, compared case-insensitively. */
const CPLEX_KEYWORDS = new Set([
  'min', 'max', 'minimize', 'minimise', 'maximize', 'maximise', 'minimum', 'maximum', 'st', 'subject', 'such',
  'to', 'that', 'bound', 'bounds', 'general', 'generals', 'gen', 'integer', 'integers', 'int', 'binary',
  'binaries', 'bin', 'semi', 'semis', 'semicontinuous', 'sos', 'end', 'free', 'inf', 'infinity',
]); // prettier-ignore

/** CPLEX reserves `e`/`E` alone or followed by a digit or another e/E (exponent notation), e.g. e24, eels. */
const EXPONENT_LIKE = /^[eE]([0-9eE]|$)/;

/** Whether a CPLEX-LP reader takes `name` for what it is (not a keyword, not a number in exponent form). */
export function isCplexSafeName(name: string): boolean {
  return !EXPONENT_LIKE.test(name) && !CPLEX_KEYWORDS.has(name.toLowerCase());
}
