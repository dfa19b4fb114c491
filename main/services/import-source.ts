// Turns whatever description the user has into a connector: a connector folder as it is, or a
// Swagger 2.0 / OpenAPI 3.x (JSON or YAML, external $refs bundled) / Postman collection file
// through its importer. The importers are pure (shared/engines/import); this module does the file reading.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { loadConnector, type LocatedDiagnostic } from '../../shared/core/connector/load-connector';
import { CONNECTOR_FILES } from '../../shared/core/connector/connector-files';
import { detectApiFormat, parseApiDescription, type ApiFormat } from '../../shared/engines/import/api-description-text';
import { ImportError, type ImportNote, type ImportResult } from '../../shared/engines/import/import-result';
import { importOpenApi2 } from '../../shared/engines/import/openapi2';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { importPostman } from '../../shared/engines/import/postman';
import { bundleExternalRefs } from '../../shared/engines/import/ref-bundler';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { decodeBytes, TextDecodeError } from '../../shared/core/text/text-codec';
import { loadConnectorFromDisk, type LoadedFromDisk } from './connector-loader';

export type SourceFormat = 'auto' | 'folder' | Exclude<ApiFormat, 'unknown'>;
export const SOURCE_FORMATS: SourceFormat[] = ['auto', 'folder', 'openapi2', 'openapi3', 'postman'];

export interface ImportedSource extends LoadedFromDisk {
  format: Exclude<SourceFormat, 'auto'>;
  /** Every conversion decision and loss (empty for a connector folder). */
  report: ImportNote[];
}

/** Largest description file read (the largest real ones are a few MB). */
const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

async function readText(file: string): Promise<string> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new StudioError('too-large', `${file} is ${(stat.size / 1048576).toFixed(1)} MB, larger than the 32 MB an API description can be.`);
  }
  return decodeBytes(new Uint8Array(await fs.readFile(file)), MAX_SOURCE_BYTES).text;
}

/** External `$ref`s are read from local files only; the importer reports any it cannot read. */
async function readRef(uri: string): Promise<string> {
  if (!uri.startsWith('file:')) throw new Error(`only local files are read (${uri.split(':')[0]} references are not fetched)`);
  return readText(fileURLToPath(uri));
}

function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export async function importSource(source: string, from: SourceFormat = 'auto'): Promise<ImportedSource> {
  const abs = path.resolve(source);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) throw new StudioError('not-found', `${abs} does not exist.`);
  if (stat.isDirectory()) {
    if (from !== 'auto' && from !== 'folder') throw new StudioError('wrong-format', `${abs} is a folder, not a ${from} file.`);
    return { ...(await loadConnectorFromDisk(abs)), format: 'folder', report: [] };
  }
  if (from === 'folder') throw new StudioError('wrong-format', `${abs} is a file, not a connector folder.`);

  let result: ImportResult;
  let format: Exclude<ApiFormat, 'unknown'>;
  let unchangedText: string | undefined;
  let sourceDiagnostics: LocatedDiagnostic[] = [];
  const notes: ImportNote[] = [];
  try {
    const text = await readText(abs);
    const parsed = parseApiDescription(text, abs);
    // Problems in the source text (read past, e.g. a missing comma) are located findings on that file.
    sourceDiagnostics = parsed.diagnostics.map((d) => ({ ...d, file: path.basename(abs) }));
    const detected = detectApiFormat(parsed.value);
    if (detected.format === 'unknown') throw new ImportError('UnknownFormat', `${abs}: ${detected.reason ?? 'not an API description'}`);
    if (from !== 'auto' && from !== detected.format) {
      throw new ImportError('WrongFormat', `${abs} is ${describe(detected.format, detected.version)}, not ${describe(from)}.`);
    }
    format = detected.format;
    if (format === 'postman') {
      result = importPostman(parsed.value);
    } else {
      const bundled = await bundleExternalRefs(parsed.value, pathToFileURL(abs).href, readRef);
      notes.push(...bundled.report);
      result = format === 'openapi3' ? importOpenApi3(bundled.value) : importOpenApi2(bundled.value);
      // A Swagger 2.0 JSON file the importer had nothing to change in keeps its own text.
      if (format === 'openapi2' && parsed.format === 'json' && JSON.stringify(result.definition) === JSON.stringify(parsed.value)) {
        unchangedText = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      }
    }
  } catch (err) {
    if (err instanceof ImportError) throw new StudioError(err.code, err.message.includes(abs) ? err.message : `${abs}: ${err.message}`);
    if (err instanceof TextDecodeError) throw new StudioError(err.code, `${abs} ${err.message}.`);
    throw err;
  }
  const connector = loadConnector({
    definition: { fileName: CONNECTOR_FILES.definition.name, text: unchangedText ?? toJsonText(result.definition), encoding: 'utf-8', bom: false },
    ...(result.properties
      ? { properties: { fileName: CONNECTOR_FILES.properties.name, text: toJsonText(result.properties), encoding: 'utf-8', bom: false } }
      : {}),
  });
  connector.diagnostics.unshift(...sourceDiagnostics);
  return { source: abs, folder: path.dirname(abs), connector, format, report: [...notes, ...result.report] };
}

function describe(format: string, version?: string): string {
  switch (format) {
    case 'openapi2':
      return 'a Swagger 2.0 description';
    case 'openapi3':
      return `an OpenAPI ${version ?? '3'} description`;
    case 'postman':
      return `a Postman collection${version ? ` (v${version})` : ''}`;
    default:
      return format;
  }
}
