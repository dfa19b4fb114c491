// `connector-studio validate <dir|file> [--profile auto|custom|certified|independent-publisher]
//   [--format text|json|sarif|junit]`: the offline certification check. Exit 1 when there are
// errors (certification rules, or files that cannot be read as JSON), 0 otherwise.
import { stat } from 'node:fs/promises';
import path from 'node:path';
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
import { loadConnectorFromDisk } from '../services/connector-loader';
import { EXIT, extraArguments, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';

export type ValidateFormat = 'text' | 'json' | 'sarif' | 'junit';
const VALIDATE_FORMATS: ValidateFormat[] = ['text', 'json', 'sarif', 'junit'];

export async function run({ operands, values, json }: CommandInput, io: CliIo): Promise<number> {
  const [source, ...extra] = operands;
  if (!source) throw new UsageError('validate needs a connector folder or definition file.');
  if (extra.length) throw extraArguments(extra.length, 'validate takes one connector folder or file');
  // Default: auto, as the Certification tab (the profile is chosen from the connector and named in the output).
  const profile = (values.profile ?? 'auto') as ProfileChoice;
  if (!PROFILE_CHOICES.includes(profile)) throw new UsageError(`--profile must be one of ${PROFILE_CHOICES.join(', ')}.`);
  const format = (values.format ?? (json ? 'json' : 'text')) as ValidateFormat;
  if (!VALIDATE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${VALIDATE_FORMATS.join(', ')}.`);
  return await runValidate({ source, profile, format }, io);
}

export interface ValidateArgs {
  source: string;
  profile: ProfileChoice;
  format: ValidateFormat;
}

export interface ValidateIo {
  out(s: string): void;
  err(s: string): void;
}

declare const __STUDIO_VERSION__: string;

export async function runValidate(args: ValidateArgs, io: ValidateIo): Promise<number> {
  let loaded;
  try {
    loaded = await loadConnectorFromDisk(args.source);
  } catch (err) {
    const message = errorMessage(err);
    io.err(`connector-studio: ${message}`);
    return EXIT.failure;
  }
  const { source, connector } = loaded;
  const lone = !(await isDirectory(source));
  const dir = lone ? path.dirname(source) : source;
  const chosen = resolveProfile(args.profile, connector, path.resolve(dir));
  const result = certifyConnector(connector, { profile: chosen.profile });
  // Problems reading the files (encoding, syntax) come first: they may explain later findings.
  const diagnostics: ReportedDiagnostic[] = [...connector.diagnostics, ...result.diagnostics];
  // A lone definition file is loaded under the standard name; its findings are reported under its own.
  const definitionName = connector.files.definition?.fileName;
  const where = (file: string) => (lone && file === definitionName ? source : path.join(dir, file));
  const input: FormatInput = {
    profile: chosen.profile,
    ...(args.profile === 'auto' ? { profileReason: chosen.reason } : {}),
    diagnostics,
    rules: RULES,
    files: Object.values(connector.files)
      .filter((f) => f.doc !== undefined)
      .map((f) => f.fileName),
    fileLabel: (file) => (args.format === 'text' ? where(file) : path.relative(process.cwd(), where(file)).split(path.sep).join('/')),
  };
  const version = typeof __STUDIO_VERSION__ === 'string' ? __STUDIO_VERSION__ : '0.0.0-development';
  switch (args.format) {
    case 'json':
      io.out(formatJson(input));
      break;
    case 'sarif':
      io.out(formatSarif(input, version));
      break;
    case 'junit':
      io.out(formatJunit(input));
      break;
    default:
      io.out(formatText(input));
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}
