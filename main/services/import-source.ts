// Turns whatever description the user has into a connector: a connector folder as it is, or a
// Swagger 2.0 / OpenAPI 3.x (JSON or YAML, external $refs bundled) / Postman collection file
// through its importer. The importers are pure (shared/engines/import); this module does the file reading.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  loadConnector,
  type LoadedConnector,
  type LocatedDiagnostic,
  CONNECTOR_FILES,
  definitionSizeText,
  MAX_DEFINITION_BYTES,
} from '../../shared/core/connector';
import {
  detectApiFormat,
  MAX_API_DESCRIPTION_CHARS,
  parseApiDescription,
  type ApiFormat,
} from '../../shared/engines/import/api-description-text';
import { insertDraftedDescription } from '../../shared/engines/import/draft-description';
import { ImportError, type ImportNote, type ImportResult } from '../../shared/engines/import/import-result';
import { importOpenApi2 } from '../../shared/engines/import/openapi2';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { checkImportSize } from '../../shared/engines/import/import-limits';
import { bundleExternalRefs } from '../../shared/engines/import/ref-bundler';
import { StudioError } from '../../shared/contracts/ipc';
import { decodeBytes, TextDecodeError } from '../../shared/core/text';
import { loadConnectorFromDisk, type LoadedFromDisk } from './connector-loader';
import { fsErrorSentence, fsErrorStudioCode } from './fs-errors';
import { createRefReader, noRefReader, widerRootFor, type FileRead, type RefReader } from './ref-confinement';
import { megabytes, readRegularFile } from './regular-file';

export type SourceFormat = 'auto' | 'folder' | Exclude<ApiFormat, 'unknown'>;
export const SOURCE_FORMATS: SourceFormat[] = ['auto', 'folder', 'openapi2', 'openapi3', 'postman'];

export interface ImportedSource extends LoadedFromDisk {
  format: Exclude<SourceFormat, 'auto'>;
  /** Every conversion decision and loss (for a connector folder: a drafted description, if any). */
  report: ImportNote[];
  /** Every file read for the import: the description and the files its references reached. */
  filesRead: FileRead[];
}

export interface ImportSourceOptions {
  /**
   * The folder external `$ref`s may reach (default: the description's own folder). With
   * `false`, no reference to another file is followed (content that came without its folder).
   */
  refRoot?: string | false;
  /** How the user widens the root, for the refusal sentence (the CLI: "name another folder with --ref-root"). */
  widenHint?: string;
  /** Why no reference is followed, when refRoot is false. */
  noRefReason?: string;
  /**
   * Refuse, with a WiderRootNeeded, a description whose relative references lead out of the root
   * to nowhere private, so the studio can ask whether to allow the folder that would reach them.
   */
  offerWiderRoot?: boolean;
}

/** An import refused because references lead out of the root: `folder` would reach them all. */
export class WiderRootNeeded extends StudioError {
  constructor(
    readonly folder: string,
    readonly references: string[],
    source: string,
  ) {
    const shown =
      references
        .slice(0, 3)
        .map((r) => `"${r}"`)
        .join(', ') + (references.length > 3 ? ` and ${references.length - 3} more` : '');
    super('ref-outside-root', `${source} refers to files outside its folder (${shown}); allow references under ${folder} to import them.`);
  }
}

/**
 * Largest description file read, and all its referenced files together. The largest real ones
 * are a few MB, and the definition an import writes can be at most 16 MB (what the studio opens).
 */
const MAX_SOURCE_BYTES = MAX_API_DESCRIPTION_CHARS;
const MAX_REFERENCED_BYTES = 2 * MAX_API_DESCRIPTION_CHARS;

async function readText(file: string): Promise<{ text: string; bytes: number }> {
  const bytes = await readRegularFile(file, {
    maxBytes: MAX_SOURCE_BYTES,
    tooLarge: (size) => `${file} is ${megabytes(size)}, larger than the ${MAX_SOURCE_BYTES / 1048576} MB an API description can be.`,
  });
  return { text: decodeBytes(bytes, MAX_SOURCE_BYTES).text, bytes: bytes.length };
}

async function refReaderFor(abs: string, options: ImportSourceOptions): Promise<{ refs: RefReader; root: string }> {
  let root = path.dirname(abs);
  if (options.refRoot === false) {
    return {
      refs: noRefReader(options.noRefReason ?? 'this description came without its folder, so it follows no reference to another file.'),
      root,
    };
  }
  if (options.refRoot !== undefined) {
    root = path.resolve(options.refRoot);
    if (path.dirname(root) === root) {
      throw new StudioError(
        'ref-root-too-wide',
        `References may not reach everything under ${root}; name a folder that holds the description's files.`,
      );
    }
    const stat = await fs.stat(root).catch((err: unknown) => {
      throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, root, 'open'));
    });
    if (!stat.isDirectory()) throw new StudioError('not-a-folder', `${root} is a file; the folder references may reach must be a folder.`);
  }
  const refs = await createRefReader({
    root,
    ...(options.widenHint ? { widenHint: options.widenHint } : {}),
    maxFileBytes: MAX_SOURCE_BYTES,
    maxTotalBytes: MAX_REFERENCED_BYTES,
  });
  return { refs, root };
}

function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A connector folder is imported as it is, except a definition with no description: paconn's
 * `create` stops on it (KeyError: 'description'), so a drafted one is inserted by a minimal edit,
 * and noted for the user to review. The folder itself is not touched.
 */
function draftFolderDescription(connector: LoadedConnector): ImportNote[] {
  const drafted = insertDraftedDescription(connector);
  return drafted ? [drafted.note] : [];
}

export async function importSource(
  source: string,
  from: SourceFormat = 'auto',
  options: ImportSourceOptions = {},
): Promise<ImportedSource> {
  const abs = path.resolve(source);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch (err) {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, abs, 'read'));
  }
  if (stat.isDirectory()) {
    if (from !== 'auto' && from !== 'folder') throw new StudioError('wrong-format', `${abs} is a folder, not a ${from} file.`);
    const loaded = await loadConnectorFromDisk(abs);
    return { ...loaded, format: 'folder', report: draftFolderDescription(loaded.connector), filesRead: loaded.filesRead ?? [] };
  }
  if (from === 'folder') throw new StudioError('wrong-format', `${abs} is a file, not a connector folder.`);

  let result: ImportResult;
  let format: Exclude<ApiFormat, 'unknown'>;
  let unchangedText: string | undefined;
  let sourceDiagnostics: LocatedDiagnostic[] = [];
  const notes: ImportNote[] = [];
  const filesRead: FileRead[] = [];
  try {
    const { text, bytes } = await readText(abs);
    filesRead.push({ path: await fs.realpath(abs).catch(() => abs), bytes });
    const parsed = parseApiDescription(text, abs);
    // Problems in the source text (read past, e.g. a missing comma) are located findings on that file.
    sourceDiagnostics = parsed.diagnostics.map((d) => ({ ...d, file: path.basename(abs) }));
    const detected = detectApiFormat(parsed.value);
    if (detected.format === 'unknown') throw new ImportError('UnknownFormat', `${abs}: ${detected.reason ?? 'not an API description'}`);
    if (from !== 'auto' && from !== detected.format) {
      throw new ImportError('WrongFormat', `${abs} is ${describe(detected.format, detected.version)}, not ${describe(from)}.`);
    }
    format = detected.format;
    checkImportSize(parsed.value, format, abs);
    if (format === 'postman') {
      // Loaded only for a collection: Postman's SDK brings faker, lodash and iconv-lite (about 1.8 MB
      // of code), which the other formats and every other command of the CLI do without.
      const { importPostman } = await import('../../shared/engines/import/postman');
      result = importPostman(parsed.value);
    } else {
      let bundledValue: unknown;
      const { refs, root } = await refReaderFor(abs, options);
      try {
        const bundled = await bundleExternalRefs(parsed.value, pathToFileURL(abs).href, refs.read);
        notes.push(...bundled.report);
        bundledValue = bundled.value;
      } finally {
        filesRead.push(...refs.filesRead);
      }
      const wider = options.offerWiderRoot ? widerRootFor(root, refs.outside) : undefined;
      if (wider !== undefined) throw new WiderRootNeeded(wider, [...new Set(refs.outside.map((o) => o.ref))], abs);
      result = format === 'openapi3' ? importOpenApi3(bundledValue) : importOpenApi2(bundledValue);
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
  const definitionText = unchangedText ?? toJsonText(result.definition);
  // Checked before the text is parsed again: a conversion too large to open is not worth loading.
  const definitionBytes = Buffer.byteLength(definitionText, 'utf8');
  if (definitionBytes > CONNECTOR_FILES.definition.maxBytes) {
    throw new StudioError(
      'too-large',
      `The import would make ${CONNECTOR_FILES.definition.name} ${megabytes(definitionBytes)}, larger than the ${CONNECTOR_FILES.definition.maxBytes / 1048576} MB the studio opens, so nothing was written.`,
    );
  }
  const connector = loadConnector({
    definition: { fileName: CONNECTOR_FILES.definition.name, text: definitionText, encoding: 'utf-8', bom: false },
    ...(result.properties
      ? { properties: { fileName: CONNECTOR_FILES.properties.name, text: toJsonText(result.properties), encoding: 'utf-8', bom: false } }
      : {}),
  });
  connector.diagnostics.unshift(...sourceDiagnostics);
  // Measured on the text written, as validate's DefinitionTooLarge measures the file: one figure for both.
  const size: ImportNote[] = [];
  if (definitionBytes >= MAX_DEFINITION_BYTES) {
    size.push({
      kind: 'warning',
      code: 'DefinitionTooLarge',
      message: `The definition is ${definitionSizeText(definitionBytes)}; Power Platform accepts definitions under 1 MB. Remove operations or schemas you do not need.`,
      sourcePointer: '',
    });
  }
  return { source: abs, folder: path.dirname(abs), connector, format, report: [...notes, ...result.report, ...size], filesRead };
}

/** The files an import read, as notes of its report (the description first, then what references reached). */
export function fileReadNotes(filesRead: readonly FileRead[]): ImportNote[] {
  return filesRead.map((f, i) => ({
    kind: 'decision',
    code: 'FileRead',
    message:
      i === 0 ? `Read ${f.path} (${f.bytes} bytes), the description.` : `Read ${f.path} (${f.bytes} bytes), which a reference points to.`,
  }));
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
