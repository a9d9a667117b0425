// A fake IslandApi for store tests: records calls, answers solves when told to, emits progress events.
import type { IpcEvents, IslandApi, Reply, SolveRequest } from '../../electron/shared/ipc-contract';
import type { DispatchResult } from '../../solver/results/types';

export interface PendingSolve {
  readonly request: SolveRequest;
  resolve(reply: Reply<DispatchResult>): void;
}

/** The fake and handles to drive it. */
export function fakeApi() {
  const solves: PendingSolve[] = [];
  const cancels: string[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const unsupported = () =>
    Promise.resolve({ ok: false as const, error: { code: 'unsupported' as const, message: 'fake' } });
  const api = {
    solveRun: (request: SolveRequest) =>
      new Promise<Reply<DispatchResult>>((resolve) => solves.push({ request, resolve })),
    solveCancel: ({ requestId }: { requestId: string }) => {
      cancels.push(requestId);
      return Promise.resolve({ ok: true as const, value: { cancelled: true } });
    },
    settingsSet: ({ lang }: { lang: 'zh' | 'en' }) => Promise.resolve({ ok: true as const, value: { lang } }),
    on: (event: string, l: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(l);
      return () => set.delete(l);
    },
  };
  const full = new Proxy(api, {
    get: (t, k) => (k in t ? t[k as keyof typeof t] : unsupported),
  }) as unknown as IslandApi;
  return {
    api: full,
    solves,
    cancels,
    emit<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E]) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
  };
}
