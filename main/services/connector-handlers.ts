// The connector files group of the contract (shared/contracts/ipc/contract.ts, connectorChannels) beyond open
// and save: new from a template, import, export package, the recent list, and noticing changes made
// on disk by other programs. Open and save themselves live in studio-handlers.ts; `opened` and
// `saved` below add what this group needs to their answers (the recent list, fingerprints). Opening,
// importing and packaging go through `heavy` (heavy-jobs.ts), in a worker thread in the hosts.
import os from 'node:os';
import path from 'node:path';
import type { Contract, ConnectorFileName, Fingerprints, OpenedConnector, TextFile, GroupHandlers } from '../../shared/contracts/ipc';
import { createConnectorFolder } from './connector-create';
import { checkFolderChanges, fingerprintOf } from './folder-watch';
import type { HeavyRunner, OpenedWithTitle } from './heavy-jobs';
import { readConnectorsHome, recordConnectorsHome } from './connectors-home';
import { listFolder } from './folder-listing';
import { forgetRecent, listRecent, recordRecent } from './recent-list';

type NewChannel =
  | 'createConnector'
  | 'chooseImportFile'
  | 'importConnector'
  | 'recentConnectors'
  | 'forgetRecentConnector'
  | 'exportPackage'
  | 'checkConnectorChanges'
  | 'listFolder';

export interface ConnectorServices {
  handlers: GroupHandlers<Pick<Contract, NewChannel>>;
  /** An opened folder (fingerprints and title made where it was opened), put first in the recent list. */
  opened(opened: OpenedWithTitle): Promise<OpenedConnector>;
  /** Fingerprints of the texts just saved: our own save is never a change "on disk". */
  saved(files: Partial<Record<ConnectorFileName, TextFile>>, written: readonly ConnectorFileName[]): Fingerprints;
}

export interface ConnectorServiceOptions {
  /** Where the recent list lives (<appDataDir>/recent.json). */
  appDataDir: string;
  /** Runs opening, importing and packaging: in a worker thread in the studio's hosts (heavy-work-pool.ts). */
  heavy: HeavyRunner;
  /** Native picker for a file to import; absent in the browser host. */
  chooseFile?: () => Promise<string | null>;
}

export function createConnectorServices(options: ConnectorServiceOptions): ConnectorServices {
  const { appDataDir } = options;
  const opened = async ({ connector, title }: OpenedWithTitle): Promise<OpenedConnector> => {
    // A recent list that cannot be written never fails the open.
    await recordRecent(appDataDir, connector.dir, title).catch(() => undefined);
    return connector;
  };
  /** Opens `dir` and puts it first in the recent list. */
  const openAndRecord = async (dir: string) => opened(await options.heavy({ kind: 'open', dir }));
  return {
    opened,
    saved: (files, written) => {
      const fingerprints: Fingerprints = {};
      for (const name of written) {
        const file = files[name];
        if (file) fingerprints[name] = fingerprintOf(file.text);
      }
      return fingerprints;
    },
    handlers: {
      chooseImportFile: async () => ({ path: options.chooseFile ? await options.chooseFile() : null }),
      createConnector: async ({ dir, template, title, host }) => {
        const created = await createConnectorFolder(dir, { template, title, ...(host !== undefined ? { host } : {}) });
        await recordConnectorsHome(appDataDir, created).catch(() => undefined);
        return openAndRecord(created);
      },
      importConnector: async ({ source, dir, refRoot }) => {
        const imported = await options.heavy({ kind: 'import', source, dir, ...(refRoot !== undefined ? { refRoot } : {}) });
        if ('widerRoot' in imported) return imported;
        await recordConnectorsHome(appDataDir, imported.connector.dir).catch(() => undefined);
        return { connector: await opened(imported), format: imported.format, notes: imported.notes };
      },
      recentConnectors: async () => {
        const [entries, home] = await Promise.all([listRecent(appDataDir), readConnectorsHome(appDataDir)]);
        return { entries, ...(home ? { connectorsHome: home } : {}) };
      },
      forgetRecentConnector: async ({ dir }) => ({
        entries: await listRecent(appDataDir, await forgetRecent(appDataDir, path.resolve(dir))),
      }),
      exportPackage: async ({ dir, target, files, overwrite }) =>
        options.heavy({ kind: 'export', dir, target, overwrite, ...(files ? { files } : {}) }),
      listFolder: async ({ dir, files, hidden }) => {
        const home = os.homedir();
        const connectorsHome = await readConnectorsHome(appDataDir);
        const listing = await listFolder(dir ?? connectorsHome ?? home, { files, hidden });
        return { ...listing, home, ...(connectorsHome ? { connectorsHome } : {}) };
      },
      checkConnectorChanges: async ({ dir, known }) => ({ changes: await checkFolderChanges(dir, known) }),
    },
  };
}
