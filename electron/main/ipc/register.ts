// Registers one ipcMain handler per channel: sender check, payload validation, then the shared handler.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel, type Handlers, type Reply } from '../../shared/ipc-contract';
import type { HostContext, HostServices } from '../../services/context';
import { dispatch } from '../../services/handlers';
import { isAppUrl } from '../security';

/**
 * True when an IPC message comes from the top frame of a window this app created, showing the app's own
 * page (app://island/). Subframes, other windows (the PDF printer) and navigated-away pages are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trusted.has(event.sender.id)) return false;
  return isAppUrl(frame.url);
}

/** Options of {@link registerIpc}. */
export interface RegisterOptions {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly handlers: Handlers<HostContext>;
  /** Read at each request, so services replaced later (onChange hooks) are seen. */
  services(): HostServices;
  readonly trusted: ReadonlySet<number>;
  /** Told after each handled request (main uses it to sequence start-up work). */
  onHandled?(channel: Channel): void;
}

/** Registers every channel of the contract; returns a function that removes them all. */
export function registerIpc(opts: RegisterOptions): () => void {
  for (const channel of CHANNELS) {
    opts.ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown): Promise<Reply<unknown>> => {
      if (!isTrustedSender(event, opts.trusted)) {
        return {
          ok: false,
          error: { code: 'untrusted-sender', message: `${channel} refused: the sender is not an app window` },
        };
      }
      const ctx: HostContext = {
        ...opts.services(),
        emit: (name, payload) => {
          if (!event.sender.isDestroyed()) event.sender.send(name, payload);
        },
      };
      const reply = await dispatch(opts.handlers, channel, raw, ctx);
      opts.onHandled?.(channel);
      return reply;
    });
  }
  return () => {
    for (const channel of CHANNELS) opts.ipcMain.removeHandler(channel);
  };
}
