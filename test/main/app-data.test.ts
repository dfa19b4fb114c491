// One per-user app data folder for the window, the CLI and the browser host: Electron's own
// conventions for userData (appData/<app name>) on each platform, which main/index.ts sets as
// userData, so all three find the same saved connections.
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAppDataDir } from '../../main/services/app-data';

describe('defaultAppDataDir', () => {
  const home = os.homedir();

  it('Linux: $XDG_CONFIG_HOME/Connector Studio, else ~/.config/Connector Studio', () => {
    expect(defaultAppDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe(path.join('/x/config', 'Connector Studio'));
    expect(defaultAppDataDir({}, 'linux')).toBe(path.join(home, '.config', 'Connector Studio'));
  });

  it('macOS: ~/Library/Application Support/Connector Studio', () => {
    expect(defaultAppDataDir({ XDG_CONFIG_HOME: '/ignored' }, 'darwin')).toBe(
      path.join(home, 'Library', 'Application Support', 'Connector Studio'),
    );
  });

  it('Windows: %APPDATA%\\Connector Studio, else the roaming folder under the profile', () => {
    expect(defaultAppDataDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\me\\AppData\\Roaming', 'Connector Studio'),
    );
    expect(defaultAppDataDir({}, 'win32')).toBe(path.join(home, 'AppData', 'Roaming', 'Connector Studio'));
  });

  it('CONNECTOR_STUDIO_APP_DATA overrides it everywhere (tests, portable set-ups)', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultAppDataDir({ CONNECTOR_STUDIO_APP_DATA: '/tmp/studio-data' }, platform)).toBe(path.resolve('/tmp/studio-data'));
    }
  });
});
