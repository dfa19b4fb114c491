// The CLI as a user runs it (bin/connector-studio.cjs over dist/, so `npm run build` first), each
// run a process of its own: start-up of each command against `node -e 0`, and `validate` of every
// dev-corpus connector folder in one process against the floor (read + JSON.parse of the same
// files, in this process). Rounds are interleaved so machine noise hits both sides alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS, REPO_ROOT } from '../support/corpus';

const BIN = path.join(REPO_ROOT, 'bin', 'connector-studio.cjs');
/** A small connector (two files, 13 operations) for the start-up runs. */
const SMALL = 'custom-connectors/AcuityScheduling';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall seconds of one process; it must exit as expected. */
function timed(args: string[], expect: number[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const s = (performance.now() - t) / 1000;
  if (r.error || !expect.includes(r.status ?? -1))
    throw new Error(`${args.slice(1).join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 300)}`);
  return s;
}

export async function run(): Promise<Record<string, number> | undefined> {
  if (!HAVE_CORPUS) {
    console.log(`bench: ${CONNECTORS_DIR} is absent; nothing to measure.`);
    return undefined;
  }
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'cli.cjs'))) {
    console.log('bench: dist/cli.cjs is missing; run npm run build first. Nothing measured.');
    return undefined;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-bench-'));
  try {
    return measureAll(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function measureAll(tmp: string): Record<string, number> {
  const small = path.join(CONNECTORS_DIR, SMALL);
  const definition = path.join(small, 'apiDefinition.swagger.json');
  const commands: [string, string[], number[]][] = [
    ['--version', ['--version'], [0]],
    ['inspect', ['inspect', small], [0, 1]],
    ['validate', ['validate', small], [0, 1]],
    ['diff', ['diff', small, small], [0]],
    ['import', ['import', definition, '--out', path.join(tmp, 'out'), '--force'], [0, 1]],
  ];
  const rounds = 15;
  const anchor: number[] = [];
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
  timed([BIN, '--version'], [0]);
  for (let r = 0; r < rounds; r++) {
    anchor.push(timed(['-e', '0'], [0]));
    for (const [name, args, exits] of commands) times.get(name)!.push(timed([BIN, ...args], exits));
  }
  const ratios: Record<string, number> = {};
  const node = median(anchor);
  console.log(`start-up, median of ${rounds} runs: node -e 0 ${(node * 1000).toFixed(0)} ms`);
  for (const [name] of commands) {
    const m = median(times.get(name)!);
    ratios[`cli start-up: ${name} / node -e 0`] = m / node;
    console.log(`  connector-studio ${name.padEnd(9)} ${(m * 1000).toFixed(0).padStart(5)} ms  ${(m / node).toFixed(2)} x node -e 0`);
  }

  // Every dev-corpus connector folder, in one process.
  const dirs = corpusConnectors().map((rel) => path.join(CONNECTORS_DIR, rel));
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(d, f)),
  );
  const floor: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const f of files) {
      try {
        JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        /* the floor skips the broken files; validate reads them */
      }
    }
    floor.push((performance.now() - t) / 1000);
    ours.push(timed([BIN, 'validate', ...dirs], [0, 1]));
  }
  const f = median(floor);
  const o = median(ours);
  ratios['cli: validate every corpus folder in one process / floor'] = o / f;
  console.log(
    `validate of ${dirs.length} connector folders (${files.length} JSON files) in one process: ${o.toFixed(2)} s; floor (read + JSON.parse) ${f.toFixed(2)} s; ${(o / f).toFixed(1)} x`,
  );
  return ratios;
}
