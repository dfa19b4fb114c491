// The CLI as it ships, in a folder of a test's own: bin/connector-studio.cjs beside the dispatcher
// and command bundles that scripts/build.mjs writes (scripts/cli-bundle.mjs), built from the sources.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildCli } from '../../scripts/cli-bundle.mjs';
import { REPO_ROOT } from './corpus';

/** Builds the CLI into `app` (its bin/ and dist/); returns the bin's path. */
export async function buildCliApp(app: string, version = '0.0.0-test'): Promise<string> {
  await fs.mkdir(path.join(app, 'bin'), { recursive: true });
  await buildCli({ outdir: path.join(app, 'dist'), logLevel: 'error', define: { __STUDIO_VERSION__: JSON.stringify(version) } });
  const bin = path.join(app, 'bin', 'connector-studio.cjs');
  await fs.copyFile(path.join(REPO_ROOT, 'bin', 'connector-studio.cjs'), bin);
  return bin;
}

/**
 * A small connector folder in `dir` (a definition of one operation, no findings that stop a run),
 * for runs of the built CLI that need some connector to work on.
 */
export async function writeSmallConnector(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(
    path.join(dir, 'apiDefinition.swagger.json'),
    JSON.stringify({
      swagger: '2.0',
      info: { title: 'Contoso', version: '1.0', description: 'Contoso items.' },
      host: 'api.contoso.com',
      paths: { '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { '200': { description: 'OK' } } } } },
    }),
  );
}

export interface BinRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bin in a process of its own (no NODE_OPTIONS from the test runner). */
export function runBin(
  bin: string,
  args: readonly string[],
  options: { cwd: string; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv },
): Promise<BinRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), bin, ...args],
      { cwd: options.cwd, env: { ...process.env, NODE_OPTIONS: '', ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
