// What the main-side services share, built once per host (Electron shell, browser host, tests).
import type { SecretVault } from './secret-vault';

export interface ServiceContext {
  /** Per-user app data folder (app-data.ts): connections, history. Created on first write. */
  appDataDir: string;
  secrets: SecretVault;
  /** Opens a URL in the system browser (Electron's shell.openExternal); absent in the browser host. */
  openExternal?: (url: string) => Promise<void>;
}
