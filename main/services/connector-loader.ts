// Loads a connector from disk into the shared model: a folder, or a lone Swagger 2.0 definition file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  type ConnectorFileBytes,
  CONNECTOR_FILES,
  decodeConnectorFiles,
  loadConnector,
  type LoadedConnector,
} from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import { TextDecodeError } from '../../shared/core/text';
import { looksLikeYamlMapping } from '../../shared/engines/import/yaml-mapping';
import { readFolderFiles } from './connector-folder';
import { fsErrorSentence, fsErrorStudioCode } from './fs-errors';
import type { FileRead } from './ref-confinement';
import { megabytes, readRegularFile } from './regular-file';

export interface LoadedFromDisk {
  /** The folder (or the definition file) it came from. */
  source: string;
  /** The folder the connector's file names are relative to (the source's own folder for a lone file). */
  folder: string;
  connector: LoadedConnector;
  /** Every file read. */
  filesRead?: FileRead[];
}

/**
 * A lone file that is YAML rather than (even broken) JSON: a .yaml/.yml name, or text whose first
 * line that is not a comment is `key:` and does not start like JSON.
 */
export function looksLikeYaml(file: string, text: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  const body = text.replace(/^\uFEFF/, '');
  const first = body.match(/\S/)?.[0];
  if (first === undefined || first === '{' || first === '[' || first === '"') return false;
  return looksLikeYamlMapping(body);
}

/** A path as one shell argument. */
function quoteArg(p: string): string {
  return /^[\w./:@%+=,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/**
 * A connector's files as read from disk, not yet decoded: what loadConnectorFromDisk waits for (the
 * disk, Node's thread pool), apart from what it computes, so that a caller can read one connector
 * while it checks another.
 */
export type ReadFromDisk =
  | { kind: 'folder'; source: string; raw: ConnectorFileBytes; filesRead: FileRead[] }
  | { kind: 'file'; source: string; bytes: Uint8Array; filesRead: FileRead[] };

export async function loadConnectorFromDisk(source: string): Promise<LoadedFromDisk> {
  return loadReadConnector(await readConnectorFromDisk(source));
}

/** Reads a connector folder's files, or a lone definition file (see ReadFromDisk). */
export async function readConnectorFromDisk(source: string): Promise<ReadFromDisk> {
  const abs = path.resolve(source);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, abs, 'read'));
  }
  if (stat.isDirectory()) {
    const raw = await readFolderFiles(abs);
    const real = await fs.realpath(abs).catch(() => abs);
    const filesRead = Object.values(raw).map((f) => ({ path: path.join(real, f.fileName), bytes: f.bytes.length }));
    return { kind: 'folder', source: abs, raw, filesRead };
  }
  const bytes = await readRegularFile(abs, {
    maxBytes: CONNECTOR_FILES.definition.maxBytes,
    tooLarge: (size) =>
      `${abs} is ${megabytes(size)}, larger than the ${megabytes(CONNECTOR_FILES.definition.maxBytes)} a connector definition can be.`,
  });
  return { kind: 'file', source: abs, bytes, filesRead: [{ path: await fs.realpath(abs).catch(() => abs), bytes: bytes.length }] };
}

/** Decodes, parses and models what readConnectorFromDisk read. */
export function loadReadConnector(read: ReadFromDisk): LoadedFromDisk {
  const abs = read.source;
  try {
    if (read.kind === 'folder') {
      const { raw, filesRead } = read;
      return {
        source: abs,
        folder: abs,
        connector: { ...loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes), folder: true },
        filesRead,
      };
    }
    const texts = decodeConnectorFiles({ definition: { fileName: path.basename(abs), bytes: read.bytes } });
    if (texts.definition && looksLikeYaml(abs, texts.definition.text)) {
      throw new StudioError(
        'yaml-definition',
        `${abs} is YAML, and a connector definition is JSON: convert it with connector-studio import ${quoteArg(abs)} --out <folder>, then use the folder.`,
      );
    }
    const connector = loadConnector(texts);
    // Written out under the standard name, whatever the source file was called.
    if (connector.files.definition) connector.files.definition.fileName = CONNECTOR_FILES.definition.name;
    return { source: abs, folder: path.dirname(abs), connector, filesRead: read.filesRead };
  } catch (err) {
    if (err instanceof TextDecodeError)
      throw new StudioError(err.code, `${path.join(read.kind === 'folder' ? abs : path.dirname(abs), err.message)}.`);
    throw err;
  }
}
