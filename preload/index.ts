// The sandboxed preload: exposes `window.studio`, one method per contract channel, and nothing else
// (never ipcRenderer, never a generic invoke). Each method resolves with the main process's envelope
// and never rejects: contextBridge copies plain data intact but passes a rejected Error's message
// only, and the renderer decides on the code.
//
// Only *types* come from the contract. Importing its values would bundle zod (the schemas are built at
// module load) into the most privileged script of the renderer; instead the channel list is spelled
// out below and tsc proves it complete: `Record<Channel, true>` rejects a missing or an extra name,
// and `typeof CHANNEL_PREFIX` pins the prefix. A unit test also compares it with `channelNames`.
import { contextBridge, ipcRenderer } from 'electron';
import type { CHANNEL_PREFIX, Channel, Envelope, StudioEnvelopeApi } from '../shared/contracts/ipc';
// No schema library in here: envelope.ts checks a reply's shape by hand; menu-commands.ts is a list of names.
import { readEnvelope, isMenuCommand, MENU_CHANNEL, type MenuCommand, type StudioMenuBridge } from '../shared/contracts/ipc';

const PREFIX: typeof CHANNEL_PREFIX = 'studio:';
const CHANNELS: Record<Channel, true> = {
  // connector files
  appInfo: true,
  chooseConnectorFolder: true,
  listFolder: true,
  openConnector: true,
  saveConnector: true,
  createConnector: true,
  chooseImportFile: true,
  importConnector: true,
  recentConnectors: true,
  forgetRecentConnector: true,
  exportPackage: true,
  checkConnectorChanges: true,
  // secrets and saved connections
  secretStoreStatus: true,
  useSessionOnlySecrets: true,
  listConnections: true,
  saveConnection: true,
  deleteConnection: true,
  connectorSecretNames: true,
  setConnectorSecret: true,
  // OAuth sign-in
  startOAuthSignIn: true,
  oauthFlowStatus: true,
  cancelOAuthSignIn: true,
  oauthSession: true,
  signOut: true,
  oauthSignInOptions: true,
  setOAuthSignInOptions: true,
  // operation testing and triggers
  runOperationTest: true,
  listTestHistory: true,
  clearTestHistory: true,
  startWebhookTrigger: true,
  webhookNotifications: true,
  stopWebhookTrigger: true,
  pollTrigger: true,
};

function internal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/** The reply as an envelope holding only its known fields; anything else becomes an `internal` one. */
function toEnvelope(reply: unknown): Envelope<unknown> {
  return readEnvelope(reply) ?? internal('Connector Studio received a malformed reply from its main process.');
}

export function buildApi(): StudioEnvelopeApi {
  const api: Record<string, (request: unknown) => Promise<Envelope<unknown>>> = {};
  for (const channel of Object.keys(CHANNELS)) {
    api[channel] = async (request) => {
      try {
        return toEnvelope(await ipcRenderer.invoke(PREFIX + channel, request));
      } catch (err) {
        // No handler, a request that cannot be cloned: rejected, it would reach the page as a bare message.
        const why = err instanceof Error ? err.message : String(err);
        return internal(`Connector Studio could not reach its main process for ${channel}: ${why}`);
      }
    };
  }
  return Object.freeze(api) as unknown as StudioEnvelopeApi;
}

/** The native menu's commands (main -> page): only known command names reach the page, never the event. */
export function buildMenuBridge(): StudioMenuBridge {
  return Object.freeze({
    onCommand(listener: (command: MenuCommand) => void) {
      if (typeof listener !== 'function') throw new TypeError('onCommand takes a function.');
      const handler = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(MENU_CHANNEL, handler);
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, handler);
    },
  });
}

contextBridge.exposeInMainWorld('studio', buildApi());
contextBridge.exposeInMainWorld('studioMenu', buildMenuBridge());
