// Scenario checks and solves through the worker pool, shared by the solve and export handlers.
import type { SolveRequest } from '../shared/ipc-contract';
import { validateScenario } from '../../solver/scenario';
import type { DispatchResult } from '../../solver/results/types';
import type { InputIssue } from '../../solver/issues';
import type { HostContext } from './context';
import { HostError } from './host-error';

/** Notice shipped with the bundled Taiyuan weather year (scenarios/weather/README.md). */
export const WEATHER_ATTRIBUTION =
  'Weather data: Climate.OneBuilding.org TMYx (CHN_SX_Taiyuan.537720_TMYx). Contains modified Copernicus ' +
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

/** Runs one solve through the pool, forwarding progress events to the caller. */
export async function solveThroughPool(request: SolveRequest, ctx: HostContext): Promise<DispatchResult> {
  // A page may only point relative file references at the folder of a scenario the user opened.
  if (request.baseDir && !(await ctx.files.isAllowedDir(request.baseDir))) {
    throw new HostError(
      'invalid-request',
      'baseDir must be the folder of a scenario file opened in this app',
    );
  }
  const checked = validateScenario(request.scenario);
  if (!checked.ok) throw new HostError('invalid-scenario', 'the scenario is not valid', checked.issues);
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
