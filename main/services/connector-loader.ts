// Loads a connector from disk into the shared model: a folder, or a lone Swagger 2.0 definition file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeConnectorFiles, loadConnector, type LoadedConnector } from '../../shared/core/connector/load-connector';
import { CONNECTOR_FILES } from '../../shared/core/connector/connector-files';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { TextDecodeError } from '../../shared/core/text/text-codec';
import { readConnectorFolder } from './connector-folder';

export interface LoadedFromDisk {
  /** The folder (or the definition file) it came from. */
  source: string;
  /** The folder the connector's file names are relative to (the source's own folder for a lone file). */
  folder: string;
  connector: LoadedConnector;
}

export async function loadConnectorFromDisk(source: string): Promise<LoadedFromDisk> {
  const abs = path.resolve(source);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) throw new StudioError('not-found', `${abs} does not exist.`);
  try {
    if (stat.isDirectory()) {
      const raw = await readConnectorFolder(abs);
      const icon = raw.icon?.bytes;
      return { source: abs, folder: abs, connector: loadConnector(decodeConnectorFiles(raw), icon) };
    }
    if (stat.size > CONNECTOR_FILES.definition.maxBytes) {
      throw new StudioError('too-large', `${abs} is ${(stat.size / 1048576).toFixed(1)} MB, too large for a connector definition.`);
    }
    const bytes = new Uint8Array(await fs.readFile(abs));
    const texts = decodeConnectorFiles({ definition: { fileName: path.basename(abs), bytes } });
    const connector = loadConnector(texts);
    // Written out under the standard name, whatever the source file was called.
    if (connector.files.definition) connector.files.definition.fileName = CONNECTOR_FILES.definition.name;
    return { source: abs, folder: path.dirname(abs), connector };
  } catch (err) {
    if (err instanceof TextDecodeError) throw new StudioError(err.code, `${path.join(stat.isDirectory() ? abs : path.dirname(abs), err.message)}.`);
    throw err;
  }
}
