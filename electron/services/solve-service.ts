// Scenario checks and solves through the worker pool, shared by the solve and export handlers.
import type { SolveRequest } from '../shared/ipc-contract';
import { validateScenario } from '../../solver/scenario';
import type { DispatchResult } from '../../solver/results/types';
import type { InputIssue } from '../../solver/issues';
import type { HostContext } from './context';
import { referencedFiles } from './file-refs';
import { HostError } from './host-error';

/** Notice shipped with the bundled Taiyuan weather year (scenarios/weather/README.md); the UI labels it. */
export const WEATHER_ATTRIBUTION =
  'Climate.OneBuilding.org TMYx (CHN_SX_Taiyuan.537720_TMYx). Contains modified Copernicus ' +
  'Climate Change Service information; observations from NOAA NCEI Integrated Surface Database.';

/** Validates a raw scenario or throws 'invalid-scenario' with every issue (paths prefixed when given). */
export function requireValidScenario(raw: unknown, prefix = ''): void {
  const checked = validateScenario(raw);
  if (checked.ok) return;
  const issues: InputIssue[] = prefix
    ? checked.issues.map((i) => ({ ...i, path: `${prefix}.${i.path}` }))
    : checked.issues;
  throw new HostError('invalid-scenario', 'the scenario is not valid', issues);
}

/**
 * Refuses a request whose scenario names a file the solver may not read for a page (see
 * FileService.mayRead), or whose baseDir is not the folder of an opened scenario.
 */
export async function requireReadableFiles(
  scenarios: readonly unknown[],
  baseDir: string | null | undefined,
  ctx: HostContext,
): Promise<void> {
  if (baseDir && !(await ctx.files.isAllowedDir(baseDir))) {
    throw new HostError(
      'invalid-request',
      'baseDir must be the folder of a scenario file opened in this app',
    );
  }
  const issues: InputIssue[] = [];
  for (const [i, raw] of scenarios.entries()) {
    for (const ref of referencedFiles(raw, baseDir ?? null)) {
      if (await ctx.files.mayRead(ref.path)) continue;
      issues.push({
        path: scenarios.length > 1 ? `scenarios[${i}].${ref.field}` : ref.field,
        message:
          'is outside the folders this app reads from: import the file in the editor (it is then copied into the app data folder), or keep it next to the scenario file',
      });
    }
  }
  if (issues.length)
    throw new HostError('invalid-file', 'the scenario names a file the app may not read', issues);
}

/** Runs one solve through the pool, forwarding progress events to the caller. */
export async function solveThroughPool(request: SolveRequest, ctx: HostContext): Promise<DispatchResult> {
  const checked = validateScenario(request.scenario);
  if (!checked.ok) throw new HostError('invalid-scenario', 'the scenario is not valid', checked.issues);
  // A page may only make the solver read files the user chose (see requireReadableFiles).
  await requireReadableFiles([request.scenario], request.baseDir, ctx);
  const requestId = request.requestId;
  return ctx.pool.solve({
    requestId,
    job: {
      scenario: request.scenario,
      baseDir: request.baseDir ?? null,
      ...(request.mode ? { mode: request.mode } : {}),
      ...(request.backend ? { backend: request.backend } : {}),
      includeHourly: request.includeHourly ?? true,
    },
    timeLimitSec: checked.value.solver.timeLimitSec,
    ...(request.sessionKey ? { sessionKey: request.sessionKey } : {}),
    onProgress: (phase, elapsedMs) => ctx.emit('island:solve:progress', { requestId, phase, elapsedMs }),
  });
}
