// Browser-host transport: the IslandApi over POST /api/invoke and the /api/events SSE stream.
import {
  CHANNELS,
  EVENT_CHANNELS,
  apiNameOf,
  type Channel,
  type EventChannel,
  type IpcEvents,
  type IslandApi,
  type Reply,
} from '../../electron/shared/ipc-contract';
import { HOST_PROTOCOL, decodeWire, encodeWire } from '../../electron/shared/wire';

/** sessionStorage key of the per-run token: per tab, survives a reload, gone when the tab closes. */
export const TOKEN_KEY = 'island.hostToken';

/**
 * Reads the per-run token from `?token=` and strips it from the address bar; keeps it in this tab's
 * sessionStorage so a reload (F5) still reaches the API. Without a query, the stored token is used.
 */
export function takeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'>): string {
  const url = new URL(win.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromQuery);
    } catch {
      // Storage disabled: the token lives in memory only (a reload then needs the printed link).
    }
    return fromQuery;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** True when a decoded body has the shape of a Reply. */
function isReply(v: unknown): v is Reply<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

/** Posts one invoke; network and protocol failures become error replies, never exceptions. */
async function invoke(token: string, channel: Channel, request: unknown): Promise<Reply<unknown>> {
  try {
    const res = await fetch(HOST_PROTOCOL.invokePath, {
      method: 'POST',
      headers: { [HOST_PROTOCOL.tokenHeader]: token, 'content-type': 'application/json' },
      body: encodeWire({ channel, request }),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = decodeWire(text);
    } catch {
      body = null;
    }
    if (isReply(body)) return body;
    return {
      ok: false,
      error: { code: 'internal', message: `host replied ${res.status}: ${text.slice(0, 200)}` },
    };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: `host unreachable: ${(error as Error).message}` },
    };
  }
}

type Listener = (payload: unknown) => void;

/** Builds the IslandApi for the browser host; one EventSource is opened on the first subscription. */
export function createHttpApi(token: string): IslandApi {
  const listeners = new Map<EventChannel, Set<Listener>>();
  let source: EventSource | null = null;
  const connect = () => {
    if (source) return;
    source = new EventSource(`${HOST_PROTOCOL.eventsPath}?token=${encodeURIComponent(token)}`);
    for (const channel of EVENT_CHANNELS) {
      source.addEventListener(channel, (ev: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = decodeWire(ev.data);
        } catch {
          return;
        }
        for (const l of listeners.get(channel) ?? []) l(payload);
      });
    }
  };
  const on = <E extends EventChannel>(event: E, listener: (payload: IpcEvents[E]) => void): (() => void) => {
    connect();
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    const l = listener as Listener;
    set.add(l);
    return () => set.delete(l);
  };
  const methods = Object.fromEntries(
    CHANNELS.map((channel) => [apiNameOf(channel), (request: unknown) => invoke(token, channel, request)]),
  );
  // The mapped method names mirror ApiName<C> (checked by apiNameOf's tests in electron/shared).
  return { ...methods, on } as unknown as IslandApi;
}
