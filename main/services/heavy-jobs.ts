// The service work that can keep a CPU busy for seconds: opening a connector folder (decoding up
// to 16 MB of text, fingerprints, the title), importing an API description (YAML and JSON parsing,
// $ref bundling, OpenAPI 3 and Postman conversion) and writing a package. Each job is plain data in
// and plain data out, so it runs the same in the process that asks (the CLI, tests over the
// sources) and in the heavy-work worker (heavy-work-pool.ts) the studio's hosts use.
import type { ConnectorFileName, OpenedConnector, TextFile } from '../../shared/contracts/ipc';
import type { ImportNote } from '../../shared/engines/import/import-result';
import { importIntoFolder, type ImportInput } from './connector-create-import';
import { exportPackage, type PackageOutcome } from './connector-create-package';
import { titleOf } from './connector-title';
import { openConnectorFolder } from './connector-open';
import { fingerprintOf } from './folder-watch';
import { WiderRootNeeded } from './import-source';

export type HeavyJob =
  | { kind: 'open'; dir: string }
  | { kind: 'import'; source: ImportInput; dir: string; refRoot?: string }
  | {
      kind: 'export';
      dir: string;
      target: string;
      files?: Partial<Record<ConnectorFileName, TextFile>>;
      overwrite: boolean;
    };

/** An opened folder, with the fingerprints of its texts and its title (for the recent list). */
export interface OpenedWithTitle {
  connector: OpenedConnector;
  title: string | undefined;
}

/** References that lead out of the description's folder: the folder that would reach them, to ask about. */
export interface WiderRootQuestion {
  widerRoot: { folder: string; references: string[]; message: string };
}

export interface HeavyResults {
  open: OpenedWithTitle;
  import: (OpenedWithTitle & { format: string; notes: ImportNote[] }) | WiderRootQuestion;
  export: PackageOutcome;
}

export type HeavyResult<J extends HeavyJob> = HeavyResults[J['kind']];

/** Runs the work of one job, whatever it costs. */
export type HeavyRunner = <J extends HeavyJob>(job: J) => Promise<HeavyResult<J>>;

async function openWithTitle(dir: string): Promise<OpenedWithTitle> {
  const connector = await openConnectorFolder(dir);
  const fingerprints: Partial<Record<ConnectorFileName, string>> = {};
  for (const [name, file] of Object.entries(connector.files) as [ConnectorFileName, TextFile][])
    fingerprints[name] = fingerprintOf(file.text);
  return { connector: { ...connector, fingerprints }, title: titleOf(connector) };
}

async function run(job: HeavyJob): Promise<HeavyResults[HeavyJob['kind']]> {
  switch (job.kind) {
    case 'open':
      return openWithTitle(job.dir);
    case 'import': {
      try {
        const imported = await importIntoFolder(job.source, job.dir, job.refRoot !== undefined ? { refRoot: job.refRoot } : {});
        return { ...(await openWithTitle(imported.dir)), format: imported.format, notes: imported.notes };
      } catch (err) {
        // A question for the user, not a failure: it crosses from the worker as an answer.
        if (err instanceof WiderRootNeeded) return { widerRoot: { folder: err.folder, references: err.references, message: err.message } };
        throw err;
      }
    }
    case 'export':
      return exportPackage(job.dir, job.target, job.files, job.overwrite);
  }
}

/** Runs a job in this thread. */
export const runHeavyJob = run as HeavyRunner;

/** What a job is, in words, for the sentence said when its worker stops. */
export function describeJob(job: HeavyJob): string {
  switch (job.kind) {
    case 'open':
      return `Opening ${job.dir}`;
    case 'import':
      return `Importing ${job.source.kind === 'path' ? job.source.path : job.source.name}`;
    case 'export':
      return `Writing the package to ${job.target}`;
  }
}
