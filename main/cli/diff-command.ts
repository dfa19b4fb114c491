// `connector-studio diff <old> <new> [--format text|json|sarif|junit] [--verbose]`: what in the new
// version of a connector breaks flows and connections built on the old one. Exit 1 when there are
// breaking changes (errors), 2 when an argument is wrong or a connector cannot be read, 0 otherwise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  diffConnectors,
  formatDiffJson,
  formatDiffJunit,
  formatDiffSarif,
  formatDiffText,
  type DiffFormatInput,
  type DiffSource,
} from '../../shared/engines/diff';
import { CONNECTOR_FILES } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { loadConnectorFromDisk, type LoadedFromDisk } from '../services/connector-loader';
import { EXIT, extraArguments, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';
import { formatDiagnostic } from './format-diagnostics';

export type DiffFormat = 'text' | 'json' | 'sarif' | 'junit';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'sarif', 'junit'];

export interface DiffArgs {
  old: string;
  new: string;
  format: DiffFormat;
  verbose: boolean;
}

export interface DiffIo {
  out(s: string): void;
  err(s: string): void;
}

/** The diff's arguments from the CLI's parsed positionals (after `diff`) and options. */
export function diffArgs(positionals: readonly string[], values: { format?: string; json?: boolean; verbose?: boolean }): DiffArgs {
  const [oldSource, newSource, ...extra] = positionals;
  if (!oldSource || !newSource) throw new UsageError('diff needs two connectors: the old and the new (folders or definition files).');
  if (extra.length) throw extraArguments(extra.length, 'diff takes two connectors');
  const format = (values.format ?? (values.json ? 'json' : 'text')) as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}.`);
  return { old: oldSource, new: newSource, format, verbose: values.verbose === true };
}

declare const __STUDIO_VERSION__: string;

export async function run({ operands, values }: CommandInput, io: CliIo): Promise<number> {
  return await runDiff(diffArgs(operands, values), io);
}

export async function runDiff(args: DiffArgs, io: DiffIo): Promise<number> {
  const loaded: Partial<Record<DiffSource, LoadedFromDisk>> = {};
  for (const source of ['old', 'new'] as const) {
    try {
      const l = await loadConnectorFromDisk(args[source]);
      if (!l.connector.files.definition)
        throw new StudioError('not-found', `${l.source} has no ${CONNECTOR_FILES.definition.name}: there is no connector to compare.`);
      // A definition nothing could be read from (too deep, not JSON at all): comparing it would report nothing.
      if (l.connector.files.definition.doc?.value === undefined) {
        const first = l.connector.diagnostics.find((d) => d.severity === 'error');
        const at = first ? ` (${first.code} at line ${first.line}, column ${first.column})` : '';
        throw new StudioError('unreadable', `${l.source} holds no definition that can be read${at}, so there is nothing to compare.`);
      }
      loaded[source] = l;
    } catch (err) {
      const message = errorMessage(err);
      io.err(`connector-studio: ${source} connector: ${message}`);
      return EXIT.usage;
    }
  }
  const before = loaded.old!;
  const after = loaded.new!;
  // Problems reading the files (encoding, syntax) go to stderr: the diff runs on what could be
  // read, and they may explain a surprising finding; stdout stays one document in every format.
  for (const [source, l] of [
    ['old', before],
    ['new', after],
  ] as const) {
    for (const d of l.connector.diagnostics) io.err(`${source}: ${formatDiagnostic(d, l.folder)}`);
  }
  const result = diffConnectors(before.connector, after.connector);
  const where = (l: LoadedFromDisk, file: string) =>
    // A lone definition file is named as given, not by the standard name it is loaded under.
    l.source !== l.folder && file === l.connector.files.definition?.fileName ? l.source : path.join(l.folder, file);
  const label = (file: string, source: DiffSource) => {
    const abs = where(source === 'old' ? before : after, file);
    return args.format === 'text' ? abs : path.relative(process.cwd(), abs).split(path.sep).join('/');
  };
  const input: DiffFormatInput = {
    findings: result.findings,
    fileLabel: label,
    files: (['definition', 'properties'] as const).flatMap((k) => {
      const f = after.connector.files[k];
      return f ? [label(f.fileName, 'new')] : [];
    }),
  };
  const version = typeof __STUDIO_VERSION__ === 'string' ? __STUDIO_VERSION__ : '0.0.0-development';
  switch (args.format) {
    case 'json':
      io.out(formatDiffJson(input));
      break;
    case 'sarif':
      // File labels are relative to the working directory, the base of SARIF's relative URIs.
      io.out(formatDiffSarif(input, version, { baseUri: pathToFileURL(process.cwd()).href }));
      break;
    case 'junit':
      io.out(formatDiffJunit(input));
      break;
    default:
      io.out(formatDiffText({ ...input, verbose: args.verbose }));
  }
  return result.errors > 0 ? EXIT.failure : EXIT.ok;
}
