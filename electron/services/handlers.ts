// The handlers of every IPC channel, shared by Electron main and the browser host, and the one dispatcher.
import { basename } from 'node:path';
import type { Channel, Handlers, Reply } from '../shared/ipc-contract';
import { parseScenarioText, validateScenario } from '../../solver/scenario';
import { parseEpw } from '../../solver/weather';
import { listBundled, loadBundled } from './bundled';
import type { HostContext } from './context';
import { documentName, SCENARIO_EXTENSION } from './files';
import { HostError, toReplyError } from './host-error';
import { parseRequest } from './request-schemas';
import { runExportHandler } from './export-handler';
import { requireValidScenario, solveThroughPool, WEATHER_ATTRIBUTION } from './solve-service';

/** A path the renderer names must be one the user chose (dialog, command line, recent list). */
async function requireAllowedPath(path: string, ctx: HostContext): Promise<void> {
  if (!(await ctx.files.isAllowed(path))) {
    throw new HostError('invalid-request', `${basename(path)} was not chosen by the user in this app`);
  }
}

function requireDialogs(ctx: HostContext): NonNullable<HostContext['dialogs']> {
  if (!ctx.dialogs) throw new HostError('unsupported', 'files are opened and saved by the browser here');
  return ctx.dialogs;
}

/** Every channel's handler; a missing one does not compile. */
export const handlers: Handlers<HostContext> = {
  'island:app:info': async (_req, ctx) => ({
    version: ctx.version,
    host: ctx.host,
    platform: process.platform,
    weatherAttribution: WEATHER_ATTRIBUTION,
  }),
  'island:scenario:list-bundled': async (_req, ctx) => listBundled(ctx.resourcesDir),
  'island:scenario:load-bundled': async ({ id }, ctx) => loadBundled(id, ctx.resourcesDir),
  'island:scenario:validate': async ({ scenario }) => {
    const checked = validateScenario(scenario);
    return checked.ok
      ? { valid: true, issues: [], normalised: checked.value }
      : { valid: false, issues: checked.issues, normalised: null };
  },
  'island:scenario:parse': async ({ text, name }) => {
    const checked = parseScenarioText(text);
    if (!checked.ok)
      throw new HostError('invalid-file', `${name || 'the file'} is not a valid scenario`, checked.issues);
    return {
      scenario: JSON.parse(text) as unknown,
      path: null,
      mtimeMs: null,
      name: documentName(name || 'scenario'),
    };
  },
  'island:solve:run': async (request, ctx) => solveThroughPool(request, ctx),
  'island:solve:cancel': async ({ requestId }, ctx) => ({ cancelled: ctx.pool.cancel(requestId) }),
  'island:file:open': async ({ path }, ctx) => {
    const dialogs = requireDialogs(ctx);
    if (path !== undefined) await requireAllowedPath(path, ctx);
    const chosen = path ?? (await dialogs.openScenario());
    if (chosen === null) return null;
    const doc = await ctx.files.open(chosen);
    ctx.onChange?.({ recent: await ctx.files.recent() });
    return doc;
  },
  'island:file:save': async (request, ctx) => {
    const dialogs = requireDialogs(ctx);
    requireValidScenario(request.scenario);
    let target = request.saveAs ? null : (request.path ?? null);
    let overwrite = request.overwrite ?? false;
    if (target === null) {
      const name = (request.scenario as { name?: unknown }).name;
      target = await dialogs.saveScenario(
        `${typeof name === 'string' ? name : 'scenario'}${SCENARIO_EXTENSION}`,
      );
      if (target === null) return null;
      overwrite = true; // the native save dialog has asked before replacing an existing file
    } else await requireAllowedPath(target, ctx);
    const saved = await ctx.files.save(target, request.scenario, {
      expectedMtimeMs: request.expectedMtimeMs,
      overwrite,
    });
    await ctx.autosave.discard();
    ctx.onChange?.({ recent: await ctx.files.recent() });
    return saved;
  },
  'island:file:recent': async (_req, ctx) => (ctx.dialogs ? ctx.files.recent() : []),
  'island:autosave:write': async ({ scenario, path }, ctx) => ctx.autosave.write(scenario, path),
  'island:autosave:recover': async (_req, ctx) => ctx.autosave.recover(),
  'island:autosave:discard': async (_req, ctx) => ctx.autosave.discard(),
  'island:weather:check-epw': async ({ text, name }, ctx) => {
    const checked = parseEpw(text, name);
    if (!checked.ok)
      throw new HostError(
        'invalid-file',
        `${name || 'the file'} is not a valid EPW weather file`,
        checked.issues,
      );
    const w = checked.value;
    let minTempC = Infinity;
    let ghiWh = 0;
    for (let i = 0; i < w.tOutC.length; i++) {
      minTempC = Math.min(minTempC, w.tOutC[i]!);
      ghiWh += w.ghiWm2[i]!;
    }
    // The scenario refers to the copy: it works however the file was picked (browser upload, dialog).
    const path = await ctx.files.importCopy(text, name, 'epw');
    return { name: w.source.name, hours: w.tOutC.length, minTempC, annualGhiKwhM2: ghiWh / 1000, path };
  },
  'island:demand:import-csv': async ({ text, name }, ctx) => ({
    path: await ctx.files.importCopy(text, name, 'csv'),
  }),
  'island:export:run': async (request, ctx) => {
    request.scenarios.forEach((s, i) => requireValidScenario(s, `scenarios[${i}]`));
    if (request.path !== undefined && ctx.dialogs) await requireAllowedPath(request.path, ctx);
    return runExportHandler(request, ctx);
  },
  'island:settings:get': async (_req, ctx) => ({ lang: (await ctx.settings.get()).lang }),
  'island:settings:set': async ({ lang }, ctx) => {
    const saved = await ctx.settings.setLang(lang);
    ctx.onChange?.({ lang: saved.lang });
    return { lang: saved.lang };
  },
};

/**
 * Validates a payload and runs the channel's handler. Never throws: every failure is an error reply
 * ('invalid-request' for a bad payload, the HostError's code, or 'internal').
 */
export async function dispatch<Ctx>(
  table: Handlers<Ctx>,
  channel: Channel,
  raw: unknown,
  ctx: Ctx,
): Promise<Reply<unknown>> {
  const parsed = parseRequest(channel, raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    const handler = table[channel] as (request: unknown, ctx: Ctx) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.value, ctx) };
  } catch (error) {
    return { ok: false, error: toReplyError(error) };
  }
}
