// connector-studio: the command-line face of the studio (plain Node, no Electron).
import { parseArgs } from 'node:util';
import { StudioError } from '../shared/contracts/ipc';
import type { PublishProfile } from '../shared/engines/export';
import { EXIT, extraArguments, usageFromParseArgs, UsageError } from './cli/cli-error';
import { diagnosticJson, formatDiagnostic } from './cli/format-diagnostics';
import { runImport } from './cli/import-command';
import { inspectSummary, inspectText } from './cli/inspect-command';
import { parseTestArgs, runTest, TEST_USAGE } from './cli/test-command';
import { runValidate, type ValidateFormat } from './cli/validate-command';
import { DIFF_USAGE, diffArgs, runDiff } from './cli/diff-command';

const VALIDATE_FORMATS: ValidateFormat[] = ['text', 'json', 'sarif', 'junit'];
import { loadConnectorFromDisk } from './services/connector-loader';
import { fileReadNotes, importSource, SOURCE_FORMATS, type SourceFormat } from './services/import-source';
import { formatImportNote, summarizeImportNotes } from './cli/import-report';
import { escapeControls } from './cli/terminal-text';

const USAGE = `Usage:
  connector-studio import <source> --out <dir> [--from auto|folder|openapi2|openapi3|postman]
                        [--profile custom|certified|independent-publisher] [--ref-root <dir>]
                        [--force] [--report] [--json]
      Write a connector folder from <source>: a connector folder (its files written byte for byte,
      missing ones generated), a Swagger 2.0 or OpenAPI 3.0/3.1 description (JSON or YAML) or a
      Postman collection v2.0/v2.1, converted to Swagger 2.0. External $refs are followed only to
      files in the description's folder and below it (or below --ref-root <dir>). A folder that
      holds connector files is replaced only with --force, and never the files being imported.
      --report prints every file read and every conversion decision and loss.
  connector-studio inspect <dir|file> [--json]
      Print the connector's title, host, auth and operation counts, and any problems in its files.
  connector-studio validate <dir|file> [--profile custom|certified|independent-publisher]
                        [--format text|json|sarif|junit]
      Check the connector offline against Microsoft's certification rules, by their names, with
      file:line:col locations (exit 1 when there are errors).
${DIFF_USAGE}
${TEST_USAGE}
  connector-studio --help | --version

Exit codes: 0 success, 1 findings or failure, 2 bad usage.`;

const PROFILES: PublishProfile[] = ['custom', 'certified', 'independent-publisher'];

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  profile: { type: 'string' },
  from: { type: 'string' },
  'ref-root': { type: 'string' },
  format: { type: 'string' },
  report: { type: 'boolean' },
  force: { type: 'boolean' },
  verbose: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function main(
  argv: string[],
  terminal: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) },
): Promise<number> {
  // Control and bidi characters from a connector never reach the terminal raw.
  const io: Io = { out: (s) => terminal.out(escapeControls(s)), err: (s) => terminal.err(escapeControls(s)) };
  // Known before parsing, so even a usage error is answered in JSON when --json was asked for.
  let json = argv.includes('--json');
  try {
    // `test` has repeatable options of its own; it parses its arguments itself.
    if (argv[0] === 'test') return await runTest(parseTestArgs(argv.slice(1)), io);
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    } catch (err) {
      throw usageFromParseArgs(err);
    }
    const { values, positionals } = parsed;
    json = values.json === true;
    if (values.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (values.version) {
      io.out(typeof __STUDIO_VERSION__ === 'string' ? __STUDIO_VERSION__ : 'development');
      return EXIT.ok;
    }
    const [command, source, ...extra] = positionals;
    if (!command) throw new UsageError('No command given.');
    if (command === 'diff') return await runDiff(diffArgs(positionals.slice(1), values), io);
    if (extra.length) throw extraArguments(extra.length, `${command} takes one connector folder or file`);
    switch (command) {
      case 'inspect': {
        if (!source) throw new UsageError('inspect needs a connector folder or definition file.');
        const loaded = await loadConnectorFromDisk(source);
        if (json) io.out(JSON.stringify(inspectSummary(loaded), null, 2));
        else io.out(inspectText(loaded));
        return loaded.connector.diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
      }
      case 'import': {
        if (!source) throw new UsageError('import needs a source: a connector folder or a Swagger 2.0 file.');
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
          if (values.report) for (const n of fileReadNotes(loaded.filesRead)) io.out(formatImportNote(n));
          else for (const f of reached) io.err(`Read ${f.path}, which a reference points to.`);
          if (values.report) for (const n of loaded.report) io.out(formatImportNote(n));
          else {
            for (const n of unfollowed) io.err(n.message);
            if (loaded.report.length) io.err(summarizeImportNotes(loaded.report));
          }
          for (const r of outcome.report) io.err(r.message);
          io.out(`Wrote ${outcome.written.join(', ')} to ${outcome.out}`);
        }
        return diagnostics.some((d) => d.severity === 'error') || unfollowed.length ? EXIT.failure : EXIT.ok;
      }
      case 'validate': {
        if (!source) throw new UsageError('validate needs a connector folder or definition file.');
        const profile = (values.profile ?? 'custom') as PublishProfile;
        if (!PROFILES.includes(profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}.`);
        const format = (values.format ?? (json ? 'json' : 'text')) as ValidateFormat;
        if (!VALIDATE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${VALIDATE_FORMATS.join(', ')}.`);
        return await runValidate({ source, profile, format }, io);
      }
      default:
        // Repeated only when it looks like a command word: a value typed where the command goes may be a secret.
        throw new UsageError(
          /^[a-z][a-z-]{0,30}$/.test(command)
            ? `Unknown command "${command}".`
            : 'The first argument must be a command: import, inspect, validate, diff or test.',
        );
    }
  } catch (err) {
    const usage = err instanceof UsageError;
    const message = usage ? `${(err as Error).message} Run connector-studio --help for usage.` : (err as Error).message;
    const code = err instanceof StudioError ? err.code : usage ? 'usage' : 'internal';
    if (json) io.out(JSON.stringify({ error: { code, message } }));
    else io.err(`connector-studio: ${message}`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}

declare const __STUDIO_VERSION__: string;

// Run when bundled as the bin (dist/cli.cjs), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
