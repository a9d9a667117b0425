// A solver worker thread: validates, loads weather, runs solver/ with one kept HiGHS session (warm starts).
import { parentPort } from 'node:worker_threads';
import { validateScenario } from '../../solver/scenario';
import { runDispatch, type RunPhase } from '../../solver/run';
import { HighsSession } from '../../solver/backends/highs';
import { WarmDispatch } from '../../solver/warm-dispatch';
import { resolveScenario } from './scenario-loader';
import { exportJob } from './export';
import {
  collectBuffers,
  type ExportWorkerJob,
  type FromWorker,
  type ToWorker,
  type WorkerJob,
} from './solver-protocol';
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

let warm: WarmDispatch | null = null;
/** Live solves on the kept session: a price edit re-prices the built LP in place instead of rebuilding it. */
async function warmDispatch(): Promise<WarmDispatch> {
  const session = await highs();
  if (warm?.highs !== session) warm = new WarmDispatch(session);
  return warm;
}

/** Buffers of the kept live model that a result may share (its series, step data and compiled LP). */
function keptBuffers(): ArrayBuffer[] {
  const kept = warm?.keptModel;
  return kept ? collectBuffers({ prepared: kept.prepared, steps: kept.steps, compiled: kept.compiled }) : [];
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
  const opts = {
    mode: job.mode,
    backend,
    typicalDaysPerPeriod: job.typicalDaysPerPeriod,
    includeHourly: job.includeHourly,
    measuredDemandMw: resolved.measuredDemandMw,
    onProgress: (phase: RunPhase) => post({ type: 'progress', id, phase }),
  };
  const result =
    backend === 'highs'
      ? await (await warmDispatch()).run(resolved.scenario, resolved.weather, opts)
      : await runDispatch(resolved.scenario, resolved.weather, opts);
  // The weather year is cached in this worker and the live model kept for the next edit: their buffers must
  // stay here, everything else moves without a copy.
  const keep = new Set<ArrayBufferLike>([...collectBuffers(resolved), ...keptBuffers()]);
  post({ type: 'result', id, result }, collectBuffers(result, keep));
}

/**
 * An export in this thread: solves with the kept HiGHS session, builds, renders and writes the workbook
 * here, off the main process. A PDF comes back as its HTML (the printer lives in the main process).
 */
async function runExportJob(id: number, job: ExportWorkerJob): Promise<void> {
  const out = await exportJob(
    { format: job.format, reportType: job.reportType, lang: job.lang, items: job.items },
    {
      solve: async (raw, baseDir) => {
        const resolved = await resolveScenario(raw, baseDir);
        return runDispatch(resolved.scenario, resolved.weather, {
          measuredDemandMw: resolved.measuredDemandMw,
          ...(resolved.scenario.solver.backend === 'highs' ? { highs: await highs() } : {}),
        });
      },
      htmlToPdf: (html) => Promise.resolve(new TextEncoder().encode(html)),
    },
  );
  // A Node Buffer may be a view into a shared pool: send a copy that owns its memory, and move that.
  const bytes = new Uint8Array(out.bytes);
  post({ type: 'result', id, result: { ...out, bytes } }, [bytes.buffer]);
}

port.on('message', (message: ToWorker) => {
  if (message.type !== 'solve') return;
  const job = message.job;
  const running = job.kind === 'export' ? runExportJob(message.id, job) : run(message.id, job);
  running.catch((error: unknown) => post({ type: 'error', id: message.id, error: toReplyError(error) }));
});
post({ type: 'ready' });
