// `connector-studio import <source> --out <dir>`: writes a connector folder. From an existing
// folder, every file it has is written back byte for byte (a definition with no description gets a
// drafted one, inserted by a minimal edit and reported: paconn create stops without it); missing
// ones are generated.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportConnector, type PublishProfile } from '../../shared/engines/export';
import { asObject } from '../../shared/core/model';
import { StudioError } from '../../shared/contracts/ipc';
import { fileReadNotes, type ImportedSource, importSource, SOURCE_FORMATS, type SourceFormat } from '../services/import-source';
import { checkOpenableSizes, writeConnectorFiles } from '../services/connector-folder';
import { connectorFilesIn } from '../services/connector-create-target';
import { EXIT, extraArguments, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';
import { diagnosticJson, formatDiagnostic } from './format-diagnostics';
import { formatImportReport, summarizeImportNotes } from './import-report';

const PROFILES: PublishProfile[] = ['custom', 'certified', 'independent-publisher'];

export async function run({ operands, values, json }: CommandInput, io: CliIo): Promise<number> {
  const [source, ...extra] = operands;
  if (!source) throw new UsageError('import needs a source: a connector folder or a Swagger 2.0 file.');
  if (extra.length) throw extraArguments(extra.length, 'import takes one connector folder or file');
  if (!values.out) throw new UsageError('import needs --out <dir>.');
  const profile = values.profile;
  if (profile !== undefined && !PROFILES.includes(profile as PublishProfile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}.`);
  }
  const from = (values.from ?? 'auto') as SourceFormat;
  if (!SOURCE_FORMATS.includes(from)) throw new UsageError(`--from must be one of ${SOURCE_FORMATS.join(', ')}.`);
  const refRoot = values['ref-root'];
  if (refRoot === '') throw new UsageError('--ref-root needs a folder.');
  const loaded = await importSource(source, from, {
    ...(refRoot !== undefined ? { refRoot } : {}),
    widenHint: 'name another folder with --ref-root',
  });
  const outcome = await runImport(loaded, values.out, profile as PublishProfile | undefined, { force: values.force === true });
  const diagnostics = loaded.connector.diagnostics;
  // A reference not followed leaves the connector incomplete: each is said, and the exit is 1.
  const unfollowed = loaded.report.filter((n) => n.code === 'ExternalRefRefused' || n.code === 'ExternalRefUnreadable');
  if (json) {
    io.out(
      JSON.stringify(
        {
          ...outcome,
          format: loaded.format,
          filesRead: loaded.filesRead,
          conversion: loaded.report,
          diagnostics: diagnostics.map(diagnosticJson),
        },
        null,
        2,
      ),
    );
  } else {
    for (const d of diagnostics) io.err(formatDiagnostic(d, loaded.folder));
    // Files other than the source (what references reached) are always named.
    const reached = loaded.format === 'folder' ? [] : loaded.filesRead.slice(1);
    if (values.report) for (const line of formatImportReport(loaded.report, fileReadNotes(loaded.filesRead))) io.out(line);
    else {
      for (const f of reached) io.err(`Read ${f.path}, which a reference points to.`);
      for (const n of unfollowed) io.err(n.message);
      // A drafted description is text the user did not write: said even without --report.
      for (const n of loaded.report) if (n.code === 'DescriptionDrafted') io.err(n.message);
      if (loaded.report.length) io.err(summarizeImportNotes(loaded.report));
    }
    for (const r of outcome.report) io.err(r.message);
    io.out(`Wrote ${outcome.written.join(', ')} to ${outcome.out}`);
  }
  return diagnostics.some((d) => d.severity === 'error') || unfollowed.length ? EXIT.failure : EXIT.ok;
}

export interface ImportOutcome {
  out: string;
  written: string[];
  report: { file: string; action: string; message: string }[];
}

/** Names what a non-Swagger-2.0 source is, so the error says what to do. */
function describeForeign(value: unknown): string {
  const v = asObject(value);
  if (!v) return 'is not a JSON object, so it is not an API description';
  if (typeof v.openapi === 'string')
    return `is OpenAPI ${v.openapi}; only Swagger 2.0 definitions and connector folders can be imported so far`;
  if (asObject(v.info)?._postman_id !== undefined || Array.isArray(v.item) || asObject(v.collection)) {
    return 'is a Postman collection; only Swagger 2.0 definitions and connector folders can be imported so far';
  }
  return 'is not a Swagger 2.0 definition (it has no "swagger": "2.0")';
}

export interface ImportCommandOptions {
  /** Replace the connector files an existing --out folder holds (never the files being imported). */
  force?: boolean;
}

async function realOrResolved(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}

/** dev:ino of a path's own directory entry (a link is itself, not its target). */
async function entryId(p: string, follow: boolean): Promise<string | undefined> {
  const stat = await (follow ? fs.stat(p) : fs.lstat(p)).catch(() => null);
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

export async function runImport(
  loaded: ImportedSource,
  outDir: string,
  profile?: PublishProfile,
  options: ImportCommandOptions = {},
): Promise<ImportOutcome> {
  const { connector, source } = loaded;
  const def = connector.files.definition;
  if (def?.doc && def.doc.value !== undefined && connector.model.swaggerVersion !== '2.0') {
    throw new StudioError('not-swagger-2', `${source} ${describeForeign(def.doc.value)}.`);
  }
  const out = path.resolve(outDir);
  // Real paths: a linked --out that leads to the source folder is the source folder.
  if (loaded.format === 'folder' && (await realOrResolved(out)) === (await realOrResolved(source))) {
    throw new StudioError('same-folder', `The output folder ${out} is the source folder; choose another --out.`);
  }
  const stat = await fs.stat(out).catch(() => null);
  if (stat && !stat.isDirectory()) throw new StudioError('not-a-folder', `${out} is a file; --out must be a folder.`);
  const before = stat ? await connectorFilesIn(out) : [];
  if (before.length && !options.force) {
    throw new StudioError(
      'folder-has-connector',
      `${out} already holds connector files (${before.join(', ')}); choose an empty or new folder, or add --force to replace them.`,
    );
  }
  const result = exportConnector(connector, profile ? { profile } : {});
  checkOpenableSizes(result.files, 'The import');
  // Never over a file the import read, --force or not (an OpenAPI 3 apiDefinition.swagger.json
  // imported into its own folder would be replaced by its conversion).
  const read = new Set<string>();
  for (const f of loaded.filesRead) {
    const id = await entryId(f.path, true);
    if (id) read.add(id);
  }
  for (const f of result.files) {
    const id = await entryId(path.join(out, f.name), false);
    if (id && read.has(id)) {
      throw new StudioError(
        'would-overwrite-source',
        `Writing ${path.join(out, f.name)} would replace a file being imported; choose another --out.`,
      );
    }
  }
  const written = await writeConnectorFiles(out, result.files);
  const report: ImportOutcome['report'] = [...result.report];
  const writtenLower = new Set(written.map((n) => n.toLowerCase()));
  for (const old of before) {
    if (!writtenLower.has(old.toLowerCase())) {
      report.push({
        file: old,
        action: 'left',
        message: `${old} from the connector that was in ${out} is still there; this connector has no such file.`,
      });
    }
  }
  return { out, written, report };
}
