// What the main-side services share, built once per host (Electron shell, browser host, tests).
import type { SecretVault } from './secret-vault';

/** A saved connection with everything a test run needs: secret values included. Never crosses IPC. */
export interface ResolvedConnection {
  id: string;
  name: string;
  /** Connection parameter values by name, secret ones read from the secret store. */
  values: Record<string, string>;
  /** The secret values among them, for masking. */
  secretValues: string[];
}

/** Saved test connections (connection-store.ts). */
export interface ConnectionService {
  /** Throws StudioError('not-found') for an unknown id. */
  resolve(dir: string, connectionId: string): Promise<ResolvedConnection>;
  /** Finds a connection by name (the CLI's --connection). */
  findByName(dir: string, name: string): Promise<ResolvedConnection | null>;
  /** A connector-level secret the Security tab stored (e.g. "clientSecret"). */
  connectorSecret(dir: string, name: string): Promise<string | null>;
}

/** The connector as the renderer is editing it, for services that read its settings. */
export interface ConnectorTexts {
  definitionText: string;
  propertiesText?: string;
}

/** OAuth tokens of test connections (oauth/). Tokens never leave main. */
export interface TokenService {
  /** The current access token, refreshed first when it has expired; undefined when not signed in. */
  accessToken(dir: string, connectionId: string, texts: ConnectorTexts): Promise<string | undefined>;
  /** After a 401: refresh (when a refresh token exists) and answer the new token, else undefined. */
  refreshAfterUnauthorized(dir: string, connectionId: string, texts: ConnectorTexts): Promise<string | undefined>;
}

export interface ServiceContext {
  /** Per-user app data folder (app-data.ts): connections, history. Created on first write. */
  appDataDir: string;
  secrets: SecretVault;
  connections: ConnectionService;
  tokens: TokenService;
  /** Opens a URL in the system browser (Electron's shell.openExternal); absent in the browser host. */
  openExternal?: (url: string) => Promise<void>;
  /** Registers what to stop when the host stops (servers a service started, such as webhook receivers). */
  onDispose(stop: () => Promise<void>): void;
}
