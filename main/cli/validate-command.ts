// `connector-studio validate <dir|file|glob>... [--profile auto|custom|certified|independent-publisher]
//   [--format text|json|sarif|junit]`: the offline certification check of one connector or many
// in one process. Exit 1 when any connector has errors (certification rules, or files that cannot
// be read as JSON) or cannot be read, 0 otherwise. Text says each connector's findings as it is
// checked, with a summary line naming it when there are several (or a glob), then a total; JSON,
// SARIF and JUnit are one document covering them all.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  certifyConnector,
  formatJson,
  formatJunit,
  formatSarif,
  formatText,
  PROFILE_CHOICES,
  resolveProfile,
  RULES,
  type FormatInput,
  type ProfileChoice,
  type ReportedDiagnostic,
} from '../../shared/engines/certify';
import { errorMessage } from '../../shared/core/error-message';
import { type LoadedFromDisk, loadReadConnector, type ReadFromDisk, readConnectorFromDisk } from '../services/connector-loader';
import { EXIT, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';
import { expandSources } from './validate-sources';

export type ValidateFormat = 'text' | 'json' | 'sarif' | 'junit';
const VALIDATE_FORMATS: ValidateFormat[] = ['text', 'json', 'sarif', 'junit'];

export async function run({ operands, values, json }: CommandInput, io: CliIo): Promise<number> {
  if (!operands.length) throw new UsageError('validate needs a connector folder or definition file (or several, or a glob).');
  // Default: auto, as the Certification tab (the profile is chosen from the connector and named in the output).
  const profile = (values.profile ?? 'auto') as ProfileChoice;
  if (!PROFILE_CHOICES.includes(profile)) throw new UsageError(`--profile must be one of ${PROFILE_CHOICES.join(', ')}.`);
  const format = (values.format ?? (json ? 'json' : 'text')) as ValidateFormat;
  if (!VALIDATE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${VALIDATE_FORMATS.join(', ')}.`);
  return await runValidate({ sources: operands, profile, format }, io);
}

export interface ValidateArgs {
  /** Connector folders, definition files and globs, as given. */
  sources: string[];
  profile: ProfileChoice;
  format: ValidateFormat;
}

export interface ValidateIo {
  out(s: string): void;
  err(s: string): void;
}

declare const __STUDIO_VERSION__: string;

export async function runValidate(args: ValidateArgs, io: ValidateIo): Promise<number> {
  const { sources, problems } = await expandSources(args.sources);
  let failed = problems.length > 0;
  for (const p of problems) io.err(`connector-studio: ${p}`);
  // Several arguments or a glob: each connector is named in its summary line, and documents hold a list.
  const several = args.sources.length > 1 || sources.length !== 1 || sources[0] !== args.sources[0];
  const totals = { connectors: 0, withErrors: 0, unreadable: 0, error: 0, warning: 0, info: 0 };
  // JSON, SARIF and JUnit are one document: the findings are kept (not the connectors) until the end.
  const checked: FormatInput[] = [];
  const reads = readAhead(sources);
  for (let i = 0; i < sources.length; i++) {
    let input: FormatInput;
    try {
      input = checkConnector(loadReadConnector(await reads.take(i)), args.profile, args.format, several);
    } catch (err) {
      io.err(`connector-studio: ${errorMessage(err)}`);
      failed = true;
      totals.unreadable++;
      continue;
    }
    const count = (s: string) => input.diagnostics.filter((d) => d.severity === s).length;
    totals.connectors++;
    totals.error += count('error');
    totals.warning += count('warning');
    totals.info += count('info');
    if (count('error')) totals.withErrors++;
    if (args.format === 'text') io.out(formatText(input));
    else checked.push(input);
  }
  if (args.format === 'text') {
    if (several) io.out(summaryLine(totals));
  } else if (several || checked.length) {
    // A single connector that could not be read gets no document that would look like a clean result.
    const inputs = several ? checked : checked[0]!;
    const version = typeof __STUDIO_VERSION__ === 'string' ? __STUDIO_VERSION__ : '0.0.0-development';
    if (args.format === 'json') io.out(formatJson(inputs));
    // File labels are relative to the working directory, the base of SARIF's relative URIs.
    else if (args.format === 'sarif') io.out(formatSarif(inputs, version, { baseUri: pathToFileURL(process.cwd()).href }));
    else io.out(formatJunit(inputs));
  }
  return failed || totals.withErrors > 0 ? EXIT.failure : EXIT.ok;
}

/**
 * Each source's files, read a few sources ahead of the one checked: reading a folder is mostly
 * waiting on the disk and Node's thread pool (1.3 s of the 3.2 s that the 789 corpus folders took
 * one after the other, with every file cached), and the reads ahead go on while a check runs. Only
 * the bytes are read ahead, a few connectors' worth: decoding and parsing wait for their turn.
 */
function readAhead(sources: readonly string[], ahead = 4) {
  const started = new Map<number, Promise<ReadFromDisk>>();
  const start = (i: number) => {
    if (i >= sources.length || started.has(i)) return;
    const read = readConnectorFromDisk(sources[i]!);
    // Its error is reported when its turn comes, not as an unhandled rejection before.
    read.catch(() => {});
    started.set(i, read);
  };
  return {
    /** Source i's read (started now if it was not), with those after it started. */
    take(i: number): Promise<ReadFromDisk> {
      for (let j = i; j <= i + ahead; j++) start(j);
      const read = started.get(i)!;
      started.delete(i);
      return read;
    },
  };
}

function checkConnector(loaded: LoadedFromDisk, choice: ProfileChoice, format: ValidateFormat, named: boolean): FormatInput {
  const { connector } = loaded;
  // A folder is its own folder; a lone definition file has the folder it is in.
  const lone = loaded.folder !== loaded.source;
  const dir = loaded.folder;
  const chosen = resolveProfile(choice, connector, path.resolve(dir));
  const result = certifyConnector(connector, { profile: chosen.profile });
  // Problems reading the files (encoding, syntax) come first: they may explain later findings.
  const diagnostics: ReportedDiagnostic[] = [...connector.diagnostics, ...result.diagnostics];
  // A lone definition file is loaded under the standard name; its findings are reported under its own.
  const definitionName = connector.files.definition?.fileName;
  const where = (file: string) => (lone && file === definitionName ? loaded.source : path.join(dir, file));
  return {
    profile: chosen.profile,
    ...(choice === 'auto' ? { profileReason: chosen.reason } : {}),
    diagnostics,
    rules: RULES,
    files: Object.values(connector.files)
      .filter((f) => f.doc !== undefined)
      .map((f) => f.fileName),
    fileLabel: (file) => (format === 'text' ? where(file) : path.relative(process.cwd(), where(file)).split(path.sep).join('/')),
    ...(named
      ? { connector: format === 'text' ? loaded.source : path.relative(process.cwd(), loaded.source).split(path.sep).join('/') }
      : {}),
  };
}

function summaryLine(t: {
  connectors: number;
  withErrors: number;
  unreadable: number;
  error: number;
  warning: number;
  info: number;
}): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const unreadable = t.unreadable ? `, ${t.unreadable} could not be read` : '';
  return `${plural(t.connectors, 'connector')} checked, ${t.withErrors} with errors${unreadable}: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${t.info} info in all.`;
}
