// A solver worker thread: validates, loads weather, runs solver/ with one kept HiGHS session (warm starts).
import { parentPort } from 'node:worker_threads';
import { validateScenario } from '../../solver/scenario';
import { runDispatch } from '../../solver/run';
import { HighsSession } from '../../solver/backends/highs';
import { resolveScenario } from './scenario-loader';
import { collectBuffers, type FromWorker, type ToWorker, type WorkerJob } from './solver-protocol';
import { HostError, toReplyError } from './host-error';

const port = parentPort;
if (!port) throw new Error('solver-worker must run in a worker thread');

let session: Promise<HighsSession> | null = null;
/** The kept HiGHS session of this worker; recreated if loading it failed. */
function highs(): Promise<HighsSession> {
  session ??= HighsSession.create().catch((error: unknown) => {
    session = null;
    throw error;
  });
  return session;
}

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function run(id: number, job: WorkerJob): Promise<void> {
  const checked = validateScenario(job.scenario);
  if (!checked.ok) throw new HostError('invalid-scenario', 'the scenario is not valid', checked.issues);
  let resolved;
  try {
    resolved = await resolveScenario(job.scenario, job.baseDir);
  } catch (error) {
    throw new HostError(
      'invalid-file',
      'a file the scenario refers to could not be read',
      toReplyError(error).issues,
    );
  }
  const backend = job.backend ?? resolved.scenario.solver.backend;
  const result = await runDispatch(resolved.scenario, resolved.weather, {
    mode: job.mode,
    backend,
    typicalDaysPerPeriod: job.typicalDaysPerPeriod,
    includeHourly: job.includeHourly,
    measuredDemandMw: resolved.measuredDemandMw,
    ...(backend === 'highs' ? { highs: await highs() } : {}),
    onProgress: (phase) => post({ type: 'progress', id, phase }),
  });
  // The weather year is cached in this worker: its buffers must stay here, everything else moves without a copy.
  const keep = new Set<ArrayBufferLike>(collectBuffers(resolved));
  post({ type: 'result', id, result }, collectBuffers(result, keep));
}

port.on('message', (message: ToWorker) => {
  if (message.type !== 'solve') return;
  run(message.id, message.job).catch((error: unknown) =>
    post({ type: 'error', id: message.id, error: toReplyError(error) }),
  );
});
post({ type: 'ready' });
