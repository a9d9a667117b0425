// Run-time validation of every channel's payload (the renderer is untrusted); a bad payload → 'invalid-request'.
import { z } from 'zod';
import type { Channel, ReplyError, RequestOf } from '../shared/ipc-contract';
import { MAX_SCENARIO_BYTES } from '../../solver/scenario';
import { MAX_EPW_CHARS } from '../../solver/weather';

/** Longest path accepted from the renderer (Windows long paths are 32,767 UTF-16 units). */
const MAX_PATH_CHARS = 32_767;
/** Ids are short machine strings (request ids, session keys, bundled ids). */
const Id = z.string().min(1).max(200);
const FilePath = z.string().min(1).max(MAX_PATH_CHARS);
/** Scenario contents are only checked to be a JSON object here; validateScenario checks the rest. */
const ScenarioObject = z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'must be a scenario object',
});
const Lang = z.enum(['zh', 'en']);
/** Channels without a payload accept nothing (undefined, null or an empty object). */
const Empty = z.union([z.undefined(), z.null(), z.strictObject({})]).transform(() => undefined);

type Schemas = { [C in Channel]: z.ZodType<RequestOf<C>, unknown> };

/** One schema per channel; a channel without one does not compile. */
export const REQUEST_SCHEMAS: Schemas = {
  'island:app:info': Empty,
  'island:scenario:list-bundled': Empty,
  'island:scenario:load-bundled': z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/) }),
  'island:scenario:validate': z.strictObject({ scenario: z.unknown() }),
  'island:scenario:parse': z.strictObject({
    text: z.string().max(MAX_SCENARIO_BYTES),
    name: z.string().max(500),
  }),
  'island:solve:run': z.strictObject({
    requestId: Id,
    scenario: ScenarioObject,
    baseDir: FilePath.nullable().optional(),
    mode: z.enum(['season', 'representative']).optional(),
    backend: z.enum(['highs', 'jslp']).optional(),
    includeHourly: z.boolean().optional(),
    sessionKey: Id.optional(),
  }),
  'island:solve:cancel': z.strictObject({ requestId: Id }),
  'island:file:open': z.strictObject({ path: FilePath.optional() }),
  'island:file:save': z.strictObject({
    scenario: ScenarioObject,
    path: FilePath.nullable().optional(),
    expectedMtimeMs: z.number().finite().nullable().optional(),
    overwrite: z.boolean().optional(),
    saveAs: z.boolean().optional(),
  }),
  'island:file:recent': Empty,
  'island:autosave:write': z.strictObject({ scenario: ScenarioObject, path: FilePath.nullable() }),
  'island:autosave:recover': Empty,
  'island:autosave:discard': Empty,
  'island:weather:check-epw': z.strictObject({
    text: z.string().max(MAX_EPW_CHARS),
    name: z.string().max(500),
  }),
  'island:demand:import-csv': z.strictObject({
    text: z.string().max(MAX_EPW_CHARS),
    name: z.string().max(500),
  }),
  'island:export:run': z.strictObject({
    format: z.enum(['pdf', 'html', 'xlsx', 'csv', 'inputs-csv', 'lp', 'mps', 'json']),
    reportType: z.enum(['proposal', 'technical']).optional(),
    lang: Lang,
    scenarios: z.array(ScenarioObject).min(1).max(12),
    baseDir: FilePath.nullable().optional(),
    path: FilePath.optional(),
  }),
  'island:settings:get': Empty,
  'island:settings:set': z.strictObject({ lang: Lang }),
};

/** Validates a payload for a channel: the typed request, or an 'invalid-request' error naming each bad field. */
export function parseRequest<C extends Channel>(
  channel: C,
  raw: unknown,
): { ok: true; value: RequestOf<C> } | { ok: false; error: ReplyError } {
  const schema = REQUEST_SCHEMAS[channel] as z.ZodType<RequestOf<C>, unknown>;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(request)',
    message: i.message,
  }));
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: 'invalid-request',
      message: `${channel}: ${first ? `${first.path} ${first.message}` : 'invalid payload'}`,
      issues,
    },
  };
}

/** True when a channel name is one of the contract's (for transports that receive it as a string). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, name);
}
