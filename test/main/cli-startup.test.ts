// What each command of the built CLI loads when it starts: the bin over the bundles written as
// scripts/build.mjs writes them, run in a process of its own with a preload that records, on exit,
// every module file the process loaded and its pid. A command loads the dispatcher and its own
// bundle only, and runs in one process (times are measured by `npm run bench`, never asserted here).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliApp, runBin, writeSmallConnector } from '../support/built-cli';

let tmp: string;
let app: string;
let bin: string;
let recorder: string;
let connector: string;
let n = 0;

interface Loaded {
  code: number;
  stdout: string;
  /** One entry per process that ran: its pid and the files it loaded, relative to the app folder. */
  processes: { pid: number; files: string[] }[];
}

async function startup(...args: string[]): Promise<Loaded> {
  const record = path.join(tmp, `loaded-${++n}.jsonl`);
  const { code, stdout } = await runBin(bin, args, { cwd: tmp, nodeArgs: ['-r', recorder], env: { CLI_LOADED_FILE: record } });
  const lines = (await fs.readFile(record, 'utf8')).trim().split('\n');
  const processes = lines.map((l) => JSON.parse(l) as { pid: number; files: string[] });
  for (const p of processes) p.files = p.files.filter((f) => f.startsWith(app)).map((f) => path.relative(app, f).split(path.sep).join('/'));
  return { code, stdout, processes };
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cli-startup-')));
  app = path.join(tmp, 'app');
  bin = await buildCliApp(app, '1.2.3');
  recorder = path.join(tmp, 'record-loaded.cjs');
  await fs.writeFile(
    recorder,
    "process.on('exit', () => require('node:fs').appendFileSync(process.env.CLI_LOADED_FILE, JSON.stringify({ pid: process.pid, files: Object.keys(require.cache) }) + '\\n'));\n",
  );
  connector = path.join(tmp, 'connector');
  await writeSmallConnector(connector);
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('the built CLI starts with what the command needs, in one process', () => {
  it('--version and --help load the dispatcher only', async () => {
    for (const args of [['--version'], ['--help']]) {
      const r = await startup(...args);
      expect(r.code).toBe(0);
      expect(r.processes).toHaveLength(1);
      expect(r.processes[0]!.files.sort()).toEqual(['bin/connector-studio.cjs', 'dist/cli.cjs']);
    }
    expect((await startup('--version')).stdout.trim()).toBe('1.2.3');
  });

  it.each([
    ['validate', 'validate-command'],
    ['inspect', 'inspect-command'],
    ['diff', 'diff-command'],
  ])('%s loads its own bundle and no other', async (command, bundle) => {
    const r = await startup(command, connector, ...(command === 'diff' ? [connector] : []));
    expect(r.code).toBe(0);
    expect(r.processes).toHaveLength(1);
    expect(r.processes[0]!.files.sort()).toEqual(['bin/connector-studio.cjs', 'dist/cli.cjs', `dist/cli/${bundle}.cjs`]);
  });

  it('an unknown command loads no command bundle', async () => {
    const r = await startup('frobnicate', connector);
    expect(r.code).toBe(2);
    expect(r.processes[0]!.files.filter((f) => f.startsWith('dist/cli/'))).toEqual([]);
  });

  it('a command bundle missing from the build is said in one sentence, exit 1', async () => {
    const bundle = path.join(app, 'dist', 'cli', 'inspect-command.cjs');
    const kept = `${bundle}.kept`;
    await fs.rename(bundle, kept);
    try {
      const r = await runBin(bin, ['inspect', connector], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('connector-studio: The inspect command is missing from this build of the CLI; run `npm run build` again.\n');
    } finally {
      await fs.rename(kept, bundle);
    }
  });
});
