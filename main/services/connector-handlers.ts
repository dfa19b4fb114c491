// The connector files group of the contract (shared/contracts/ipc/contract.ts, connectorChannels) beyond open
// and save: new from a template, import, export package, the recent list, and noticing changes made
// on disk by other programs. Open and save themselves live in studio-handlers.ts; `opened` and
// `saved` below add what this group needs to their answers (fingerprints, the recent list).
import path from 'node:path';
import type { Contract, ConnectorFileName, Fingerprints, OpenedConnector, TextFile, GroupHandlers } from '../../shared/contracts/ipc';
import { JsonDocument } from '../../shared/core/text';
import { createConnectorFolder } from './connector-create';
import { importIntoFolder } from './connector-create-import';
import { exportPackage } from './connector-create-package';
import { checkFolderChanges, fingerprintOf } from './folder-watch';
import { forgetRecent, listRecent, recordRecent } from './recent-list';

type NewChannel =
  | 'createConnector'
  | 'chooseImportFile'
  | 'importConnector'
  | 'recentConnectors'
  | 'forgetRecentConnector'
  | 'exportPackage'
  | 'checkConnectorChanges';

export interface ConnectorServices {
  handlers: GroupHandlers<Pick<Contract, NewChannel>>;
  /** An opened folder: with the fingerprints of its texts, and first in the recent list. */
  opened(connector: OpenedConnector): Promise<OpenedConnector>;
  /** Fingerprints of the texts just saved: our own save is never a change "on disk". */
  saved(files: Partial<Record<ConnectorFileName, TextFile>>, written: readonly ConnectorFileName[]): Fingerprints;
}

export interface ConnectorServiceOptions {
  /** Where the recent list lives (<appDataDir>/recent.json). */
  appDataDir: string;
  /** Opens a connector folder (studio-handlers.ts' openConnectorFolder). */
  openFolder(dir: string): Promise<OpenedConnector>;
  /** Native picker for a file to import; absent in the browser host. */
  chooseFile?: () => Promise<string | null>;
}

/** info.title of a definition text, for the recent list; undefined when it has none or does not parse. */
export function titleOf(opened: OpenedConnector): string | undefined {
  const text = opened.files['apiDefinition.swagger.json']?.text;
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Broken files still have titles; the tolerant parser finds them (small files only: it is slower).
    if (text.length > 2 * 1024 * 1024) return undefined;
    value = JsonDocument.parse(text).value;
  }
  const title = (value as { info?: { title?: unknown } } | null)?.info?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

export function createConnectorServices(options: ConnectorServiceOptions): ConnectorServices {
  const { appDataDir } = options;
  const opened = async (connector: OpenedConnector): Promise<OpenedConnector> => {
    const fingerprints: Fingerprints = {};
    for (const [name, file] of Object.entries(connector.files) as [ConnectorFileName, TextFile][])
      fingerprints[name] = fingerprintOf(file.text);
    // A recent list that cannot be written never fails the open.
    await recordRecent(appDataDir, connector.dir, titleOf(connector)).catch(() => undefined);
    return { ...connector, fingerprints };
  };
  const openAndRecord = async (dir: string) => opened(await options.openFolder(dir));
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
        return openAndRecord(created);
      },
      importConnector: async ({ source, dir }) => {
        const imported = await importIntoFolder(source, dir);
        return { connector: await openAndRecord(imported.dir), format: imported.format, notes: imported.notes };
      },
      recentConnectors: async () => ({ entries: await listRecent(appDataDir) }),
      forgetRecentConnector: async ({ dir }) => ({
        entries: await listRecent(appDataDir, await forgetRecent(appDataDir, path.resolve(dir))),
      }),
      exportPackage: async ({ dir, target, files, overwrite }) => exportPackage(dir, target, files, overwrite),
      checkConnectorChanges: async ({ dir, known }) => ({ changes: await checkFolderChanges(dir, known) }),
    },
  };
}
