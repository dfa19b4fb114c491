// `connector-studio export <folder> --out <dir> [--force] [--json]`: writes the deployable package
// of a connector folder, the files the studio's File > Export package writes (paconn / pac layout:
// definition, apiProperties.json, settings.json, README.md, icon, script; missing ones generated,
// secrets removed, a missing description drafted; main/services/connector-create-package.ts), and
// says on stderr what it generated, drafted or removed. A package must open in paconn: a JSON
// file that does not parse, or parses only leniently, is exported only with --force. An --out that
// holds connector files is replaced only with --force, and never the connector's own files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONNECTOR_FILES, type TextFileKey } from '../../shared/core/connector';
import { StudioError } from '../../shared/contracts/ipc';
import { nonStandardJson } from '../../shared/core/text';
import { exportPackage } from '../services/connector-create-package';
import { loadConnectorFromDisk, type LoadedFromDisk } from '../services/connector-loader';
import { fsErrorSentence, fsErrorStudioCode } from '../services/fs-errors';
import { EXIT, extraArguments, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';

const JSON_FILES: TextFileKey[] = ['definition', 'properties', 'settings'];
/** Options the other commands take; export refuses them rather than ignore them. */
const NOT_FOR_EXPORT = ['profile', 'from', 'ref-root', 'format', 'report', 'verbose'] as const;

/** What paconn could not read as meant, in sentence parts: the JSON files that do not parse, and those not standard JSON. */
export function packageProblems(loaded: LoadedFromDisk): { broken: string[]; nonStandard: string[] } {
  const { connector } = loaded;
  const broken: string[] = [];
  const nonStandard: string[] = [];
  for (const key of JSON_FILES) {
    const file = connector.files[key];
    if (!file?.doc) continue;
    const located = connector.diagnostics.filter((d) => d.file === file.fileName);
    if (file.doc.hasErrors || file.doc.value === undefined) {
      const first = located.find((d) => d.severity === 'error');
      // How the studio reads past the error is about the studio, not the file.
      const what = first?.message.replace(/; the studio reads .*$/, '').replace(/\.$/, '');
      const where = first ? ` (line ${first.line}, column ${first.column}: ${what})` : '';
      broken.push(`${file.fileName} does not parse${where}`);
    } else {
      const lenient = nonStandardJson(file.fileName, located);
      if (lenient) nonStandard.push(lenient);
    }
  }
  return { broken, nonStandard };
}

export async function run({ operands, values, json }: CommandInput, io: CliIo): Promise<number> {
  const [source, ...extra] = operands;
  if (!source) throw new UsageError('export needs a connector folder.');
  if (extra.length) throw extraArguments(extra.length, 'export takes one connector folder');
  if (!values.out) throw new UsageError('export needs --out <dir>.');
  const other = NOT_FOR_EXPORT.find((name) => values[name] !== undefined);
  if (other) throw new UsageError(`export takes --out, --force and --json; --${other} is for other commands.`);
  const force = values.force === true;

  const dir = path.resolve(source);
  const stat = await fs.stat(dir).catch((err: unknown) => {
    throw new StudioError(fsErrorStudioCode(err), fsErrorSentence(err, dir, 'read'));
  });
  if (!stat.isDirectory()) throw new StudioError('not-a-folder', `${dir} is a file; export takes a connector folder.`);
  const loaded = await loadConnectorFromDisk(dir);
  if (!loaded.connector.files.definition) {
    throw new StudioError('not-found', `${dir} has no ${CONNECTOR_FILES.definition.name}: there is no connector to export.`);
  }
  const { broken, nonStandard } = packageProblems(loaded);
  const problems = [...broken, ...nonStandard];
  if (problems.length && !force) {
    throw new StudioError(
      broken.length ? 'does-not-parse' : 'not-standard-json',
      `Not exported: ${problems.join('; ')}; ${broken.length ? 'paconn cannot open a package that does not parse' : 'paconn may refuse such a package or read it differently'}, so fix the files, or add --force to export them as they are.`,
    );
  }

  let outcome;
  try {
    outcome = await exportPackage(dir, values.out, {}, force);
  } catch (err) {
    // The studio's sentence offers its Replace button; here the way is --force.
    if (err instanceof StudioError && err.code === 'target-has-connector') {
      throw new StudioError(
        err.code,
        err.message.replace(
          /; replace them, or choose an empty folder\.$/,
          '; choose an empty or new folder, or add --force to replace them.',
        ),
      );
    }
    throw err;
  }
  if (json) {
    io.out(JSON.stringify({ ...outcome, warnings: problems }, null, 2));
  } else {
    for (const p of problems) io.err(`Exported as it is (--force): ${p}.`);
    for (const r of outcome.report) io.err(r.message);
    io.out(`Wrote ${outcome.written.join(', ')} to ${outcome.target}`);
  }
  return EXIT.ok;
}
