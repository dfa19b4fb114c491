// The per-user app data folder: saved test connections (non-secret values), test history. Never the
// connector folder, so nothing here is committed or exported with a connector by accident.
import os from 'node:os';
import path from 'node:path';

export const APP_DATA_ENV = 'CONNECTOR_STUDIO_APP_DATA';

/**
 * Where Electron's app.getPath('userData') points for "Connector Studio", so the CLI, the browser
 * host and the desktop app share connections. CONNECTOR_STUDIO_APP_DATA overrides it (tests, CI).
 */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env[APP_DATA_ENV];
  if (override) return path.resolve(override);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Connector Studio');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Connector Studio');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Connector Studio');
}
