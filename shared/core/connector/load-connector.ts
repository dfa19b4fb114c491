// A connector in memory: its text files (decoded, with the encoding needed to write them back),
// the parsed JSON documents, the model and every problem found, located by file, line and column.
import { buildConnectorModel } from '../model';
import type { ConnectorModel } from '../model';
import type { Diagnostic } from '../text';
import { JsonDocument, LineIndex, decodeBytes, type TextEncodingName } from '../text';
import { CONNECTOR_FILES, type ConnectorFileBytes, type TextFileKey } from './connector-files';

export interface ConnectorTextFile {
  /** Name as found on disk (or the standard name for new files). */
  fileName: string;
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** Parsed document, for JSON files. */
  doc?: JsonDocument;
}

export interface LocatedDiagnostic extends Diagnostic {
  file: string;
  /**
   * 1-based. 0 (with `column`) when the diagnostic is about a file as a whole that has no lines to
   * point at: a binary file (icon.png), or one that is absent (see `hasLine`).
   */
  line: number;
  column: number;
}

/** The diagnostic points at a line of its file (see LocatedDiagnostic.line). */
export function hasLine(d: Pick<LocatedDiagnostic, 'line'>): boolean {
  return d.line > 0;
}

export interface LoadedConnector {
  files: Partial<Record<TextFileKey, ConnectorTextFile>>;
  icon?: Uint8Array;
  model: ConnectorModel;
  diagnostics: LocatedDiagnostic[];
  /**
   * Read from a whole connector folder, so a file absent from `files` is absent from the folder
   * (the studio's editors hold only some of the files: there, absent means not known).
   */
  folder?: boolean;
}

/**
 * A decoded file; `doc` is its parse when the caller has one already (the studio's workers keep
 * them). `utf8Length` is the text's UTF-8 size when it was decoded from UTF-8 (the bytes' count):
 * the definition's size check then needs no pass over the text.
 */
export type TextFileInput = ConnectorTextFile & { diagnostics?: Diagnostic[]; utf8Length?: number };

const TEXT_KEYS = (Object.keys(CONNECTOR_FILES) as (keyof typeof CONNECTOR_FILES)[]).filter((k): k is TextFileKey => k !== 'icon');

/** Decodes raw folder bytes. Throws TextDecodeError (with the file name prefixed) for binary or huge files. */
export function decodeConnectorFiles(raw: ConnectorFileBytes): Partial<Record<TextFileKey, TextFileInput>> {
  const out: Partial<Record<TextFileKey, TextFileInput>> = {};
  for (const key of TEXT_KEYS) {
    const entry = raw[key];
    if (!entry) continue;
    try {
      const d = decodeBytes(entry.bytes, CONNECTOR_FILES[key].maxBytes);
      // Valid UTF-8 (the decoder is strict) encodes back to the very bytes it was read from.
      const utf8Length = d.encoding === 'utf-8' ? entry.bytes.length - (d.bom ? 3 : 0) : undefined;
      out[key] = { fileName: entry.fileName, text: d.text, encoding: d.encoding, bom: d.bom, diagnostics: d.diagnostics, utf8Length };
    } catch (err) {
      (err as Error).message = `${entry.fileName} ${(err as Error).message}`;
      throw err;
    }
  }
  return out;
}

/** `d` at its line and column in `file` (its fields first, in their order, as a spread gives them). */
function located(d: Diagnostic, file: string, lines: LineIndex): LocatedDiagnostic {
  const { line, column } = lines.position(d.offset);
  if (d.pointer !== undefined) return { ...d, file, line, column };
  return { code: d.code, severity: d.severity, message: d.message, offset: d.offset, length: d.length, file, line, column };
}

/** Parses the JSON files and builds the model. Never throws for bad content: it reports. */
export function loadConnector(texts: Partial<Record<TextFileKey, TextFileInput>>, icon?: Uint8Array): LoadedConnector {
  const files: LoadedConnector['files'] = {};
  const diagnostics: LocatedDiagnostic[] = [];
  for (const key of TEXT_KEYS) {
    const input = texts[key];
    if (!input) continue;
    // Literals of one shape, not copies by spreading: a spread builds each object's shape key by
    // key, and the shapes of rare inputs died between runs, with the optimized code that knew them.
    const entry: ConnectorTextFile = { fileName: input.fileName, text: input.text, encoding: input.encoding, bom: input.bom };
    if (CONNECTOR_FILES[key].kind === 'json')
      entry.doc = input.doc?.text === input.text ? input.doc : JsonDocument.parse(input.text, input.utf8Length);
    files[key] = entry;
    const decodeDiagnostics = input.diagnostics;
    const parseDiagnostics = entry.doc?.diagnostics;
    if (decodeDiagnostics?.length || parseDiagnostics?.length) {
      const lines = entry.doc?.lines ?? new LineIndex(input.text);
      if (decodeDiagnostics) for (const d of decodeDiagnostics) diagnostics.push(located(d, input.fileName, lines));
      if (parseDiagnostics) for (const d of parseDiagnostics) diagnostics.push(located(d, input.fileName, lines));
    }
  }
  const definition = files.definition?.doc;
  if (!files.definition) {
    diagnostics.push({
      file: CONNECTOR_FILES.definition.name,
      line: 1,
      column: 1,
      code: 'DefinitionMissing',
      severity: 'error',
      message: 'The connector has no apiDefinition.swagger.json.',
      offset: 0,
      length: 0,
    });
  } else if (definition && definition.value === undefined) {
    diagnostics.push({
      file: files.definition.fileName,
      line: 1,
      column: 1,
      code: 'DefinitionEmpty',
      severity: 'error',
      message: 'apiDefinition.swagger.json holds no JSON value.',
      offset: 0,
      length: 0,
    });
  }
  const model = buildConnectorModel(definition?.value, files.properties?.doc?.value, files.script !== undefined);
  return { files, ...(icon ? { icon } : {}), model, diagnostics };
}
