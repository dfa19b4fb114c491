// The main-side implementation of the IPC contract. Plain Node: the Electron shell and the browser
// host both serve these same handlers through shared/contracts/ipc's dispatcher.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileKeyForName } from '../../shared/core/connector';
import { LIMITS, type ConnectorFileName, type TextFile, StudioError } from '../../shared/contracts/ipc';
import type { Handlers } from '../../shared/contracts/ipc';
import { encodeText } from '../../shared/core/text';
import { defaultAppDataDir } from './app-data';
import { createConnectionHandlers } from './connection-handlers';
import { createConnectionService } from './connection-store';
import { createConnectorServices } from './connector-handlers';
import { createTokenService } from './oauth/token-service';
import { writeConnectorFiles } from './connector-folder';
import { openConnectorFolder } from './connector-open';
import { fsErrorReason } from './fs-errors';
import { runHeavyJob } from './heavy-jobs';
import { createHeavyWorkPool } from './heavy-work-pool';
import { createOAuthHandlers } from './oauth-handlers';
import { createSecretVault } from './secret-vault';
import type { ServiceContext } from './service-context';
import { createTestHandlers } from './operation-run-handlers';

export { openConnectorFolder };

export interface HostOptions {
  host: 'electron' | 'browser';
  version: string;
  initialDir?: string;
  /** Native folder picker; absent in the browser host. */
  chooseFolder?: () => Promise<string | null>;
  /** Native picker for a file to import; absent in the browser host. */
  chooseFile?: () => Promise<string | null>;
  /**
   * The bundled heavy-work worker (dist/main/heavy-work-worker.cjs): opening, importing and
   * packaging run in worker threads, so other calls are answered meanwhile. Without it (tests over
   * the sources), they run in this thread.
   */
  workerScript?: string;
  /** Shared by the services; defaults: the per-user app data folder and a lazily opened keychain. */
  context?: Partial<Omit<ServiceContext, 'onDispose'>>;
}

/** Saves text files (and a new icon.png, as base64) into an existing folder, keeping the name spelling already on disk. */
export async function saveConnectorFiles(
  dir: string,
  files: Partial<Record<ConnectorFileName, TextFile>>,
  remove: readonly ConnectorFileName[] = [],
  icon?: string,
): Promise<ConnectorFileName[]> {
  const abs = path.resolve(dir);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat?.isDirectory()) throw new StudioError('not-found', `Cannot save: the folder ${abs} does not exist.`);
  const existing = await fs.readdir(abs);
  const both = remove.find((name) => files[name]);
  if (both) throw new StudioError('invalid-request', `Cannot both write and remove ${both}.`);
  const out: { name: string; bytes: Uint8Array }[] = [];
  const written: ConnectorFileName[] = [];
  for (const [name, file] of Object.entries(files) as [ConnectorFileName, TextFile][]) {
    if (!fileKeyForName(name)) throw new StudioError('invalid-name', `"${name}" is not a connector file.`);
    const onDisk = existing.find((e) => e.toLowerCase() === name.toLowerCase()) ?? name;
    let bytes: Uint8Array;
    try {
      bytes = encodeText(file.text, file.encoding, file.bom);
    } catch (err) {
      throw new StudioError('unencodable', `Cannot save ${onDisk}: ${(err as Error).message}.`);
    }
    out.push({ name: onDisk, bytes });
    written.push(name);
  }
  if (icon !== undefined) {
    // The renderer converts a JPG to PNG; what arrives here must be a PNG under the portal's limit.
    const bytes = Buffer.from(icon, 'base64');
    const png = bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (!png) throw new StudioError('invalid-request', 'Cannot save icon.png: the icon is not a PNG image.');
    if (bytes.length >= LIMITS.iconBytes) throw new StudioError('invalid-request', 'Cannot save icon.png: the icon must be under 1 MB.');
    out.push({ name: existing.find((e) => e.toLowerCase() === 'icon.png') ?? 'icon.png', bytes });
  }
  await writeConnectorFiles(abs, out, { save: true });
  // Disabled custom code: the file goes, as the portal deletes the code.
  for (const name of remove) {
    const onDisk = existing.find((e) => e.toLowerCase() === name.toLowerCase());
    if (!onDisk) continue;
    try {
      await fs.rm(path.join(abs, onDisk), { force: true });
    } catch (err) {
      throw new StudioError('cannot-write', `Cannot remove ${path.join(abs, onDisk)}: ${fsErrorReason(err)}.`);
    }
  }
  return written;
}

/** The handlers of every channel, and what stops the services they started. */
export interface StudioServices {
  handlers: Handlers;
  dispose(): Promise<void>;
}

export function createStudioHandlers(options: HostOptions): Handlers {
  return createStudioServices(options).handlers;
}

export function createStudioServices(options: HostOptions): StudioServices {
  const stops: (() => Promise<void>)[] = [];
  const appDataDir = options.context?.appDataDir ?? defaultAppDataDir();
  const secrets = options.context?.secrets ?? createSecretVault();
  const connections = options.context?.connections ?? createConnectionService(appDataDir, secrets);
  const ctx: ServiceContext = {
    appDataDir,
    secrets,
    connections,
    tokens: options.context?.tokens ?? createTokenService({ appDataDir, secrets, connections }),
    ...(options.context?.openExternal ? { openExternal: options.context.openExternal } : {}),
    onDispose: (stop) => void stops.push(stop),
  };
  const pool = options.workerScript ? createHeavyWorkPool({ script: options.workerScript }) : undefined;
  if (pool) stops.push(pool.dispose);
  const heavy = pool?.run ?? runHeavyJob;
  const connector = createConnectorServices({
    appDataDir,
    heavy,
    ...(options.chooseFile ? { chooseFile: options.chooseFile } : {}),
  });
  const handlers: Handlers = {
    ...connector.handlers,
    ...createConnectionHandlers(ctx),
    ...createOAuthHandlers(ctx),
    ...createTestHandlers(ctx),
    appInfo: async () => ({
      host: options.host,
      version: options.version,
      canChooseFolder: Boolean(options.chooseFolder),
      ...(options.initialDir ? { initialDir: path.resolve(options.initialDir) } : {}),
    }),
    chooseConnectorFolder: async () => ({ dir: options.chooseFolder ? await options.chooseFolder() : null }),
    openConnector: async ({ dir }) => connector.opened(await heavy({ kind: 'open', dir })),
    saveConnector: async ({ dir, files, remove, icon }) => {
      const written = await saveConnectorFiles(dir, files, remove, icon);
      return { written, fingerprints: connector.saved(files, written) };
    },
  };
  return {
    handlers,
    dispose: async () => {
      await Promise.allSettled(stops.splice(0).map((stop) => stop()));
    },
  };
}
