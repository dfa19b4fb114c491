// Serves the IPC contract over Electron's ipcMain: one handler per contract channel, and nothing else.
// Each call is checked twice: the sender must be our own renderer page, then the dispatcher validates
// the payload against the channel's schema before any service sees it.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_PREFIX, channelNames, type Envelope } from '../shared/contracts/ipc';
import { isRendererUrl } from './window';

/** The part of ipcMain we use; a plain object in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}
/** The dispatcher, given the sender's event too (the shell answers appInfo per window). */
export type Dispatch = (channel: unknown, payload: unknown, event?: IpcMainInvokeEvent) => Promise<Envelope<unknown>>;
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden-sender', message: 'This request did not come from the Connector Studio window, so it was refused.' },
};

/** Registers `studio:<channel>` for every contract channel; returns the names registered. */
export function registerIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedSender: SenderCheck): string[] {
  return channelNames.map((channel) => {
    const name = CHANNEL_PREFIX + channel;
    // Only the first argument is the request; extra arguments are ignored, never forwarded.
    ipc.handle(name, async (event, payload) => (isTrustedSender(event) ? dispatch(channel, payload, event) : FORBIDDEN));
    return name;
  });
}

/**
 * A sender is trusted when it is the top frame of one of our windows and shows our own renderer
 * file. A frame that navigated away (or was destroyed: senderFrame null) is refused.
 */
export function senderCheck(rendererUrl: string, isOwnContents: (contents: WebContents) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent) return false;
    return isRendererUrl(frame.url, rendererUrl) && isOwnContents(event.sender);
  };
}
