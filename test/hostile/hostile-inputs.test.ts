// The hostile-input suite: files and arguments made the way a hostile file or a hurried user
// would, each run against the bundled CLI (bin/connector-studio.cjs over a fresh bundle of the
// sources) or a main-side service, in a process of its own with a 480 MB heap and a kill timer.
// Every case must be refused or handled: exit 0, 1 or 2 as stated, errors in one sentence, no
// stack trace, no byte of a private file in any output or file written, nothing changed outside
// --out, and a peak resident memory under 500 MB. The time and peak memory of every case are
// recorded and printed as a table (times are reported, never asserted).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/cli-bundle.mjs';
import { openapi3Schema } from '../support/wide-openapi3';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// A folder of this run's own: a shared one (or one whose files are hard links shared with another
// checkout's node_modules) could be rebuilt from other sources by a run beside this one.
const APP = path.join(REPO, 'node_modules', '.cache', `connector-studio-hostile-${process.pid}`);
const PEAK_PRELOAD = path.join(REPO, 'test', 'hostile', 'peak-memory.cjs');
const PRIVATE = `PRIVATE-${Math.random().toString(36).slice(2)}-token`;
const SECRET_ARG = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const HEAP_MB = 480;
const MEMORY_LIMIT_KB = 500 * 1024;
/** A hang guard, not a time budget: a case still running after it is killed and fails. */
const KILL_AFTER_MS = 60_000;

interface Run {
  exit: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakKb: number;
}

interface Row {
  item: string;
  name: string;
  exit: number | null;
  ms: number;
  peakMb: number;
  said: string;
}

const rows: Row[] = [];
let root: string;
let home: string;
/** The CLI's compile cache in the home folder (main/cli/compile-cache.ts): the one write every case may make. */
let compileCache: string;
let specs: string;
let inputs: string;
let caseNo = 0;
const servers: net.Server[] = [];

function spawnMeasured(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const peakFile = path.join(root, `peak-${++caseNo}.txt`);
    const started = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-r', PEAK_PRELOAD, ...args], {
      cwd,
      env: { ...process.env, HOME: home, HOSTILE_PEAK_FILE: peakFile, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', async (exit, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const peaks = existsSync(peakFile)
        ? (await fs.readFile(peakFile, 'utf8'))
            .trim()
            .split('\n')
            .map((l) => Number(l.split(' ')[1]))
        : [];
      await fs.rm(peakFile, { force: true });
      resolve({
        exit,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms,
        peakKb: Math.max(0, ...peaks),
      });
    });
  });
}

const cli = (...args: string[]) => spawnMeasured([path.join(APP, 'bin', 'connector-studio.cjs'), ...args], root);
const service = (request: Record<string, unknown>) => spawnMeasured([path.join(APP, 'dist', 'driver.cjs'), JSON.stringify(request)], root);

/**
 * Every entry under `dir` (recursively) with what identifies its state: a link by its target, a
 * file by inode, size, mode and modification time (and its bytes when small), FIFOs and sockets by kind.
 */
async function tree(dir: string, skip: readonly string[] = []): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    if (skip.some((s) => p === s || p.startsWith(s + path.sep)) || /^peak-\d+\.txt$/.test(e.name)) continue;
    if (e.isSymbolicLink()) out.set(p, `link ${await fs.readlink(p)}`);
    else if (e.isFile()) {
      const st = await fs.stat(p);
      out.set(p, `${st.ino}:${st.size}:${st.mode}:${st.mtimeMs}${st.size < 65536 ? `:${(await fs.readFile(p)).toString('base64')}` : ''}`);
    } else out.set(p, e.isDirectory() ? 'dir' : 'special');
  }
  return out;
}

/** The bytes of every file under `dir`, for the leak check. */
async function contents(dir: string): Promise<[string, string][]> {
  if (!existsSync(dir)) return [];
  const out: [string, string][] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push([path.join(e.parentPath, e.name), (await fs.readFile(path.join(e.parentPath, e.name))).toString('latin1')]);
  }
  return out;
}

/** One sentence: no line break, and no sentence break outside quoted text (the help pointer aside). */
function isOneSentence(message: string): boolean {
  const bare = message
    .replace(/^connector-studio: /, '')
    .replace(/ Run connector-studio --help for usage\.$/, '')
    .replace(/"[^"]*"/g, '""');
  return bare.length > 0 && !bare.includes('\n') && !/[.!?]\s+[A-Z]/.test(bare) && /[.)]$/.test(bare);
}

const STACK = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$|FATAL ERROR|node:internal|^\w*Error: /m;

interface CaseContext {
  /** The one folder the case may write into (--out, the studio's target); everything else under the root must stay as it was. */
  out: string;
}

interface CaseSpec {
  item: string;
  name: string;
  /** Exit codes that count as handled for this case. */
  exits: number[];
  /** Makes the case's files, and returns the run itself. */
  arrange: (ctx: CaseContext) => Promise<() => Promise<Run>>;
  /** A sentence the output must hold (a refusal), as a pattern. */
  says?: RegExp;
  /** More checks of the run. */
  check?: (r: Run) => void | Promise<void>;
}

function hostileCase(spec: CaseSpec) {
  it(`${spec.item}: ${spec.name}`, async () => {
    const ctx: CaseContext = { out: outDir() };
    const act = await spec.arrange(ctx);
    const before = await tree(root, [ctx.out, compileCache]);
    const r = await act();
    const after = await tree(root, [ctx.out, compileCache]);
    const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('connector-studio:'));
    const json = r.stdout.trim().startsWith('{') ? (JSON.parse(r.stdout) as { ok?: boolean; error?: { message: string } }) : undefined;
    const said =
      (spec.says ? `${r.stderr}\n${r.stdout}`.match(spec.says)?.[0] : undefined) ??
      errorLines[0] ??
      json?.error?.message ??
      r.stderr.split('\n').find((l) => l.trim()) ??
      r.stdout.split('\n')[0] ??
      '';
    rows.push({
      item: spec.item,
      name: spec.name,
      exit: r.exit,
      ms: Math.round(r.ms),
      peakMb: Math.round(r.peakKb / 1024),
      said: said.replace(/^connector-studio: /, '').slice(0, 110),
    });

    expect(r.signal, `killed after ${KILL_AFTER_MS} ms (a hang)`).toBeNull();
    expect(spec.exits, `exit ${r.exit}; stderr: ${r.stderr.slice(0, 500)}`).toContain(r.exit);
    expect(r.stderr, 'no stack trace').not.toMatch(STACK);
    expect(r.stdout, 'no stack trace').not.toMatch(STACK);
    for (const line of errorLines) expect(isOneSentence(line), line).toBe(true);
    if (json?.error) expect(isOneSentence(json.error.message), json.error.message).toBe(true);
    if (spec.says) expect(`${r.stderr}\n${r.stdout}`).toMatch(spec.says);
    expect(r.peakKb, 'peak resident memory').toBeGreaterThan(0);
    expect(r.peakKb, 'peak resident memory').toBeLessThan(MEMORY_LIMIT_KB);
    // Nothing of a private file anywhere: the outputs, and every file written.
    expect(r.stdout + r.stderr).not.toContain(PRIVATE);
    for (const [file, bytes] of [...(await contents(ctx.out)), ...(await contents(compileCache))])
      expect(bytes, file).not.toContain(PRIVATE);
    // Nothing written or changed outside the folders the case may write.
    expect(
      [...after.keys()]
        .filter((k) => before.get(k) !== after.get(k))
        .map((k) => `${k}: ${before.get(k)?.slice(0, 80)} -> ${after.get(k)?.slice(0, 80)}`),
    ).toEqual([]);
    expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
    await spec.check?.(r);
  });
}

// ---- inputs ----------------------------------------------------------------------------------

const SWAGGER = (title = 'Contoso', extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      swagger: '2.0',
      info: { title, version: '1', description: `About ${title}.` },
      host: 'api.contoso.com',
      basePath: '/',
      schemes: ['https'],
      paths: {
        '/items': {
          get: {
            operationId: 'ListItems',
            summary: 'List items',
            description: 'Lists the items.',
            responses: { '200': { description: 'OK' } },
          },
        },
      },
      ...extra,
    },
    null,
    2,
  );

function openapi3(ref: string): string {
  return [
    'openapi: 3.0.3',
    'info: { title: Pets, version: "1" }',
    'servers: [{ url: "https://api.example.com" }]',
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: ListPets',
    '      summary: List pets',
    '      responses:',
    '        "200":',
    '          description: OK',
    '          content:',
    `            application/json: { schema: { $ref: ${JSON.stringify(ref)} } }`,
    '',
  ].join('\n');
}

async function writeFile(file: string, content: string | Buffer): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

async function spec(ref: string, dir = specs): Promise<string> {
  return writeFile(path.join(dir, `api-${++caseNo}.yaml`), openapi3(ref));
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(root, 'folders', `f${++caseNo}`);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const outDir = () => path.join(root, 'out', `o${++caseNo}`);

/** A YAML file of `count` aliases to one anchor, as `- *a` lines. */
async function aliasYaml(file: string, count: number): Promise<string> {
  const handle = await fs.open(file, 'w');
  await handle.write('openapi: 3.0.3\ninfo: { title: x, version: "1" }\nx-anchor: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nx-aliases:\n');
  const chunk = '  - *a\n'.repeat(100_000);
  for (let i = 0; i < count / 100_000; i++) await handle.write(chunk);
  await handle.write('paths: {}\n');
  await handle.close();
  return file;
}

beforeAll(async () => {
  // The CLI (its dispatcher and command bundles) and a service driver, bundled from the sources as
  // scripts/build.mjs bundles them, with the real bin/connector-studio.cjs beside them (its dist/ is
  // this folder's).
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    format: 'cjs' as const,
    mainFields: ['module', 'main'],
    logLevel: 'warning' as const,
    define: { __STUDIO_VERSION__: '"0.0.0-hostile"' },
    external: ['electron', '@napi-rs/keyring', '@napi-rs/keyring/*'],
  };
  await fs.mkdir(path.join(APP, 'bin'), { recursive: true });
  await buildCli({ outdir: path.join(APP, 'dist'), logLevel: 'warning', define: common.define });
  await build({
    ...common,
    entryPoints: [path.join(REPO, 'test', 'hostile', 'service-driver.ts')],
    outfile: path.join(APP, 'dist', 'driver.cjs'),
  });
  await fs.copyFile(path.join(REPO, 'bin', 'connector-studio.cjs'), path.join(APP, 'bin', 'connector-studio.cjs'));

  root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-hostile-')));
  home = path.join(root, 'home');
  // The user's cache folder exists, as it does in a home that has run the CLI before.
  compileCache = path.join(home, '.cache', 'connector-studio', 'node-compile-cache');
  await fs.mkdir(path.dirname(compileCache), { recursive: true });
  specs = path.join(root, 'specs');
  inputs = path.join(root, 'inputs');
  // The cases' --out folders are made inside it.
  await fs.mkdir(path.join(root, 'out'));
  // Private files: a kube config and an ssh config in the home folder, a token file beside the specs.
  await writeFile(path.join(home, '.kube', 'config'), `apiVersion: v1\nusers:\n  - name: me\n    user: { token: ${PRIVATE} }\n`);
  await writeFile(path.join(home, '.ssh', 'config'), `Host x\n  IdentityFile ${PRIVATE}\n`);
  await writeFile(path.join(home, '.docker', 'config.json'), JSON.stringify({ auths: { 'x.io': { auth: PRIVATE } } }));
  await writeFile(
    path.join(root, 'private', 'secret.json'),
    JSON.stringify({ token: PRIVATE, Pet: { type: 'object', description: PRIVATE } }),
  );
  await writeFile(path.join(specs, 'schemas', 'pet.yaml'), 'Pet:\n  type: object\n  properties:\n    name: { type: string }\n');
  await fs.symlink(path.join(root, 'private', 'secret.json'), path.join(specs, 'link-out.json'));
  await fs.symlink(path.join(root, 'private'), path.join(specs, 'up'));
  await fs.symlink(path.join(root, 'private', 'nope.json'), path.join(specs, 'dangling.json'));
  await fs.symlink('/dev/zero', path.join(specs, 'zero.json'));
  await fs.symlink(path.join(specs, 'loop-b.json'), path.join(specs, 'loop-a.json'));
  await fs.symlink(path.join(specs, 'loop-a.json'), path.join(specs, 'loop-b.json'));
  execFileSync('mkfifo', [path.join(specs, 'fifo.json')]);
  execFileSync('mkfifo', [path.join(`${inputs}-fifo`)]);
  await new Promise<void>((resolve) => servers.push(net.createServer().listen(path.join(specs, 'socket.json'), resolve)));

  // Large and deep inputs.
  await writeFile(path.join(inputs, 'deep-8000.json'), '['.repeat(8000) + ']'.repeat(8000));
  await writeFile(path.join(inputs, 'deep-objects-1m.json'), `${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}`);
  await writeFile(path.join(inputs, 'deep-8000.yaml'), `openapi: 3.0.3\nx: ${'['.repeat(8000)}${']'.repeat(8000)}\n`);
  await aliasYaml(path.join(inputs, 'aliases-4m.yaml'), 4_000_000);
  await aliasYaml(path.join(inputs, 'aliases-1m.yaml'), 1_000_000);
  const laughs = ['openapi: 3.0.3', 'info: { title: x, version: "1" }', 'x-0: &l0 "lol"'];
  for (let i = 1; i <= 9; i++) laughs.push(`x-${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  await writeFile(path.join(inputs, 'laughs.yaml'), `${laughs.join('\n')}\npaths: {}\n`);
  await writeFile(path.join(inputs, 'self-alias.yaml'), 'openapi: 3.0.3\nx: &a [1, *a]\npaths: {}\n');
  const plainYaml = ['openapi: 3.0.3', 'info: { title: Big, version: "1" }', 'paths: {}', 'x-padding:'];
  for (let i = 0; plainYaml.length < 130_000; i++)
    plainYaml.push(`  - { name: item${i}, value: "some text to pad the file out to a size" }`);
  await writeFile(path.join(inputs, 'plain-9mb.yaml'), `${plainYaml.join('\n')}\n`);
  const item = Array.from({ length: 100_000 }, (_, i) => ({
    name: `Get ${i}`,
    request: { method: 'GET', url: `https://api.contoso.com/v1/things${i}/{{id}}` },
  }));
  await writeFile(
    path.join(inputs, 'postman-100k.json'),
    JSON.stringify({
      info: { _postman_id: 'x', name: 'Big', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item,
    }),
  );
  // A Swagger 2.0 description just under the 16 MB limit, with as many values as real ones have: the heaviest import accepted.
  const definitions: Record<string, unknown> = {};
  const padding = 'A sentence that pads the description of this schema the way long real descriptions do. '.repeat(11);
  let size = 0;
  for (let i = 0; size < 15.5 * 1024 * 1024; i++) {
    const d = {
      type: 'object',
      description: `Thing ${i}. ${padding}`,
      properties: { id: { type: 'string' }, count: { type: 'integer', format: 'int32' } },
    };
    definitions[`Thing${i}`] = d;
    size += JSON.stringify(d).length + 12;
  }
  await writeFile(path.join(inputs, 'swagger-15mb.json'), JSON.stringify(JSON.parse(SWAGGER('Big', { definitions }))));
  await writeFile(path.join(inputs, 'wide-openapi3.json'), JSON.stringify(openapi3Schema(1, 320_000)));
  await writeFile(path.join(inputs, 'deep-wide-openapi3.json'), JSON.stringify(openapi3Schema(14, 100_000)));
}, 300_000);

afterAll(async () => {
  for (const s of servers) s.close();
  if (root) await fs.rm(root, { recursive: true, force: true });
  await fs.rm(APP, { recursive: true, force: true });
  const width = (k: keyof Row) => Math.max(String(k).length, ...rows.map((r) => String(r[k]).length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const keys: (keyof Row)[] = ['item', 'name', 'exit', 'ms', 'peakMb', 'said'];
  const table = [
    line(keys.map((k) => String(k).padEnd(width(k)))),
    line(keys.map((k) => '-'.repeat(width(k)))),
    ...rows.map((r) => line(keys.map((k) => String(r[k]).padEnd(width(k))))),
  ];
  const worstMs = rows.reduce((a, b) => (b.ms > a.ms ? b : a), rows[0]!);
  const worstMb = rows.reduce((a, b) => (b.peakMb > a.peakMb ? b : a), rows[0]!);
  const summary = `${rows.length} hostile cases; slowest ${worstMs?.ms} ms (${worstMs?.name}); most memory ${worstMb?.peakMb} MB (${worstMb?.name}).`;
  const report = [...table, '', summary].join('\n');
  console.log(report);
  if (process.env.HOSTILE_REPORT) await fs.writeFile(process.env.HOSTILE_REPORT, `${report}\n`);
});

// ---- cases -----------------------------------------------------------------------------------

const REFUSED_REF =
  /The reference "[^"]*" was not followed: only regular files in the description's folder and below it are read, never hidden folders such as \.ssh \(name another folder with --ref-root\)\./;

describe.sequential('hostile inputs', () => {
  // 1. External references are confined.
  const refCases: [string, () => string][] = [
    ['a relative path out of the folder', () => '../private/secret.json#/Pet'],
    ['a deep climb to /etc/passwd', () => '../../../../../../../../../../../../etc/passwd'],
    ['an absolute path to a private file', () => `${path.join(root, 'private', 'secret.json')}#/Pet`],
    ['an absolute path to ~/.kube/config', () => path.join(home, '.kube', 'config')],
    ['a file: URL', () => `file://${path.join(root, 'private', 'secret.json')}#/Pet`],
    ['a link to a file outside', () => 'link-out.json#/Pet'],
    ['a linked folder leading outside', () => 'up/secret.json#/Pet'],
    ['a dangling link outside', () => 'dangling.json#/Pet'],
    ['a link to /dev/zero', () => 'zero.json#/Pet'],
    ['/dev/zero itself', () => '/dev/zero'],
    ['a FIFO in the folder', () => 'fifo.json#/Pet'],
    ['a socket in the folder', () => 'socket.json#/Pet'],
  ];
  for (const [name, ref] of refCases) {
    hostileCase({
      item: 'ref',
      name: `import, $ref to ${name}`,
      exits: [1],
      arrange: async (ctx) => {
        const file = await spec(ref());
        return () => cli('import', file, '--out', ctx.out);
      },
      says: REFUSED_REF,
    });
  }
  hostileCase({
    item: 'ref',
    name: 'import, description in the home folder, $ref to .kube/config',
    exits: [1],
    arrange: async (ctx) => {
      const file = await spec('.kube/config', home);
      return () => cli('import', file, '--out', ctx.out);
    },
    says: REFUSED_REF,
  });
  hostileCase({
    item: 'ref',
    name: 'import --ref-root ~, $ref to .docker/config.json',
    exits: [1],
    arrange: async (ctx) => {
      const file = await spec('../.docker/config.json', path.join(home, 'specs'));
      return () => cli('import', file, '--out', ctx.out, '--ref-root', home);
    },
    says: REFUSED_REF,
  });
  hostileCase({
    item: 'ref',
    name: 'studio drop (content without a path), absolute $ref',
    exits: [0],
    arrange: async (ctx) => {
      const file = await spec(`${path.join(root, 'private', 'secret.json')}#/Pet`, path.join(root, 'drops'));
      return () => service({ op: 'drop', file, name: 'api.yaml', target: ctx.out });
    },
    says: /was not followed: a dropped file comes without its folder, so it follows no reference to another file/,
  });
  hostileCase({
    item: 'ref',
    name: 'studio import by path, $ref out of the folder (the studio asks about the wider folder)',
    exits: [1],
    arrange: async (ctx) => {
      const file = await spec('../private/secret.json#/Pet');
      return async () => {
        const r = await service({ op: 'import-path', file, target: ctx.out });
        expect(existsSync(ctx.out), 'nothing imported before the answer').toBe(false);
        return r;
      };
    },
    // The driver answers in JSON: the quotes of the reference come escaped.
    says: /refers to files outside its folder \(\\?"\.\.\/private\/secret\.json#\/Pet\\?"\); allow references under \/\S+ to import them\./,
  });
  hostileCase({
    item: 'ref',
    name: 'studio import by path, absolute $ref (never asked about)',
    exits: [0],
    arrange: async (ctx) => {
      const file = await spec(`${path.join(root, 'private', 'secret.json')}#/Pet`);
      return () => service({ op: 'import-path', file, target: ctx.out });
    },
    says: /was not followed: only regular files in the description's folder and below it are read/,
  });

  // 2. Bounded work.
  for (const [command, target] of [
    ['inspect', '/dev/zero'],
    ['validate', '/dev/zero'],
    ['import', '/dev/zero'],
    ['inspect', 'FIFO'],
    ['validate', 'FIFO'],
    ['diff', 'FIFO'],
  ] as const) {
    hostileCase({
      item: 'bounded',
      name: `${command} ${target === 'FIFO' ? 'a FIFO' : target}`,
      exits: command === 'diff' ? [2] : [1],
      arrange: async (ctx) => {
        const given = target === 'FIFO' ? `${inputs}-fifo` : target;
        const args =
          command === 'import' ? ['import', given, '--out', ctx.out] : command === 'diff' ? ['diff', given, given] : [command, given];
        return () => cli(...args);
      },
      says: /is not a regular file \(a device, pipe or socket is never read\)/,
    });
  }
  const inputCases: [string, string, string, number[], RegExp][] = [
    ['inspect JSON 8,000 deep', 'deep-8000.json', 'inspect', [1], /JsonTooDeep/],
    ['validate JSON 8,000 deep', 'deep-8000.json', 'validate', [1], /JsonTooDeep/],
    [
      'diff JSON 8,000 deep',
      'deep-8000.json',
      'diff',
      [2],
      /holds no definition that can be read \(JsonTooDeep at line 1, column 257\), so there is nothing to compare\./,
    ],
    ['import JSON 8,000 deep', 'deep-8000.json', 'import', [1], /nested more than 256 levels deep/],
    ['inspect JSON objects 1,000,000 deep', 'deep-objects-1m.json', 'inspect', [1], /JsonTooDeep/],
    [
      'import YAML flow lists 8,000 deep',
      'deep-8000.yaml',
      'import',
      [1],
      /"deep-8000\.yaml" (is not valid YAML|nests mappings and lists more than 256 levels)/,
    ],
    ['import 28 MB YAML of 4,000,000 aliases', 'aliases-4m.yaml', 'import', [1], /larger than the 16 MB an API description can be/],
    ['import 7 MB YAML of 1,000,000 aliases', 'aliases-1m.yaml', 'import', [1], /uses more than 10,000 YAML aliases/],
    [
      'import the billion laughs (90 aliases)',
      'laughs.yaml',
      'import',
      [1],
      /would hold more than 1,000,000 values once its YAML aliases are expanded/,
    ],
    ['import a YAML alias inside its own value', 'self-alias.yaml', 'import', [1], /has a YAML alias inside the value it names/],
    ['import 9 MB of plain YAML', 'plain-9mb.yaml', 'import', [1], /YAML larger than 8 MB is not read \(convert it to JSON/],
    ['import a Postman collection of 100,000 requests', 'postman-100k.json', 'import', [1], /has more than 5,000 requests/],
    [
      'import an OpenAPI 3 of 640,000 values',
      'wide-openapi3.json',
      'import',
      [1],
      /holds more than 500,000 values, more than the studio converts into one connector/,
    ],
    [
      'import an OpenAPI 3 whose definition would pass 16 MB',
      'deep-wide-openapi3.json',
      'import',
      [1],
      /The import would make apiDefinition\.swagger\.json \d+\.\d MB, larger than the 16 MB the studio opens/,
    ],
    ['import a 15.5 MB Swagger 2.0 (the heaviest accepted)', 'swagger-15mb.json', 'import', [0], /Wrote apiDefinition\.swagger\.json/],
  ];
  for (const [name, file, command, exits, says] of inputCases) {
    hostileCase({
      item: 'bounded',
      name,
      exits,
      arrange: async (ctx) => {
        const given = path.join(inputs, file);
        if (command === 'import') return () => cli('import', given, '--out', ctx.out);
        return () => cli(command, given, ...(command === 'diff' ? [given] : []));
      },
      says,
    });
  }

  // 3. Nothing overwritten unasked.
  hostileCase({
    item: 'overwrite',
    name: 'import --out a folder holding a connector, without --force',
    exits: [1],
    arrange: async () => {
      const src = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      const out = await folder({ 'apiDefinition.swagger.json': SWAGGER('Old'), 'README.md': '# Old\n' });
      return () => cli('import', src, '--out', out);
    },
    says: /already holds connector files \((README\.md, apiDefinition\.swagger\.json|apiDefinition\.swagger\.json, README\.md)\); choose an empty or new folder, or add --force to replace them\./,
  });
  hostileCase({
    item: 'overwrite',
    name: 'import an OpenAPI 3 apiDefinition.swagger.json into its own folder with --force',
    exits: [1],
    arrange: async () => {
      const dir = await folder({
        'apiDefinition.swagger.json': JSON.stringify({
          openapi: '3.0.3',
          info: { title: 'P', version: '1' },
          paths: { '/p': { get: { responses: { '200': { description: 'OK' } } } } },
        }),
      });
      return () => cli('import', path.join(dir, 'apiDefinition.swagger.json'), '--out', dir, '--force');
    },
    says: /would replace a file being imported; choose another --out\./,
  });
  hostileCase({
    item: 'overwrite',
    name: 'import --out a link to the source folder, with --force',
    exits: [1],
    arrange: async () => {
      const src = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      const link = path.join(root, 'folders', `link${++caseNo}`);
      await fs.symlink(src, link);
      return () => cli('import', src, '--out', link, '--force');
    },
    says: /is the source folder; choose another --out\./,
  });
  hostileCase({
    item: 'overwrite',
    name: "export --out holding a link to the connector's own definition, with --force",
    exits: [1],
    arrange: async () => {
      const src = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      const out = await folder({});
      await fs.mkdir(out, { recursive: true });
      await fs.symlink(path.join(src, 'apiDefinition.swagger.json'), path.join(out, 'apiDefinition.swagger.json'));
      return () => cli('export', src, '--out', out, '--force');
    },
    says: /would replace the connector's own apiDefinition\.swagger\.json; choose another folder for the package\./,
  });
  hostileCase({
    item: 'overwrite',
    name: 'export --out a link to the connector folder, with --force',
    exits: [1],
    arrange: async () => {
      const src = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      const link = path.join(root, 'folders', `link${++caseNo}`);
      await fs.symlink(src, link);
      return () => cli('export', src, '--out', link, '--force');
    },
    says: /is the connector's own folder; choose another folder for the package\./,
  });
  hostileCase({
    item: 'unreadable write',
    name: 'export a definition with a comment and a trailing comma, without --force',
    exits: [1],
    arrange: async (ctx) => {
      const src = await folder({ 'apiDefinition.swagger.json': SWAGGER().replace('{\n', '{\n  // note\n').replace('"https"', '"https",') });
      return async () => {
        const r = await cli('export', src, '--out', ctx.out);
        expect(existsSync(ctx.out), 'no package folder').toBe(false);
        return r;
      };
    },
    says: /Not exported: apiDefinition\.swagger\.json is not standard JSON \(a comment at line 2, column 3; a trailing comma at line \d+, column \d+\);/,
  });
  hostileCase({
    item: 'unreadable write',
    name: 'export a definition that does not parse (a comma deleted), without --force',
    exits: [1],
    arrange: async (ctx) => {
      const src = await folder({
        'apiDefinition.swagger.json': SWAGGER().replace('"host": "api.contoso.com",', '"host": "api.contoso.com"'),
      });
      return () => cli('export', src, '--out', ctx.out);
    },
    says: /Not exported: apiDefinition\.swagger\.json does not parse \(line \d+, column \d+: /,
  });
  hostileCase({
    item: 'overwrite',
    name: 'studio save of two files, the second impossible (a folder in its place)',
    exits: [1],
    arrange: async () => {
      const dir = await folder({ 'apiDefinition.swagger.json': SWAGGER(), 'README.md/inside.txt': 'x' });
      return () => service({ op: 'save', dir, files: { 'apiDefinition.swagger.json': '{}', 'README.md': '# New\n' } });
    },
    says: /it is a folder, not a file; no file was changed\./,
  });
  hostileCase({
    item: 'overwrite',
    name: 'studio save over a read-only file',
    exits: [1],
    arrange: async () => {
      const dir = await folder({ 'apiDefinition.swagger.json': SWAGGER(), 'apiProperties.json': '{}' });
      await fs.chmod(path.join(dir, 'apiProperties.json'), 0o444);
      return () => service({ op: 'save', dir, files: { 'apiDefinition.swagger.json': '{}', 'apiProperties.json': '{"x": 1}' } });
    },
    says: /the file is read-only; make it writable \(or save a copy elsewhere\) and save again\./,
  });

  // 4. Side doors.
  hostileCase({
    item: 'side door',
    name: 'test --param api_key <secret> (no "=")',
    exits: [2],
    arrange: async () => {
      const dir = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      return () => cli('test', dir, '--param', 'api_key', SECRET_ARG);
    },
    check: (r) => expect(r.stdout + r.stderr).not.toContain(SECRET_ARG),
  });
  hostileCase({
    item: 'side door',
    name: 'a secret where the command goes',
    exits: [2],
    arrange: async () => () => cli(SECRET_ARG),
    check: (r) => expect(r.stdout + r.stderr).not.toContain(SECRET_ARG),
  });
  for (const command of ['inspect', 'validate', 'diff']) {
    hostileCase({
      item: 'side door',
      name: `${command} a connector with ESC, OSC 52 and bidi characters`,
      exits: [0, 1],
      arrange: async () => {
        const dir = await folder({ 'apiDefinition.swagger.json': SWAGGER('Items \u001b]52;c;ZXZpbA==\u0007\u001b[2J\u202eevil\r\u009b') });
        return () => cli(command, dir, ...(command === 'diff' ? [dir] : []));
      },
      check: (r) => expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/),
    });
  }
  for (const command of ['inspect', 'validate', 'diff', 'test']) {
    hostileCase({
      item: 'side door',
      name: `${command} a YAML definition`,
      exits: command === 'diff' ? [2] : [1],
      arrange: async () => {
        const file = await writeFile(
          path.join(root, 'folders', `y${++caseNo}`, 'api.yaml'),
          'swagger: "2.0"\ninfo: { title: Y, version: "1" }\npaths: {}\n',
        );
        return () => cli(command, file, ...(command === 'diff' ? [file] : []));
      },
      says: /is YAML, and a connector definition is JSON: convert it with connector-studio import/,
    });
  }
  hostileCase({
    item: 'side door',
    name: 'inspect a loop of symbolic links',
    exits: [1],
    arrange: async () => () => cli('inspect', path.join(specs, 'loop-a.json')),
    says: /its path runs into a loop of symbolic links\./,
  });
  hostileCase({
    item: 'side door',
    name: 'validate <dir> <secret>: a word that names nothing is not repeated',
    exits: [1],
    arrange: async () => {
      const dir = await folder({ 'apiDefinition.swagger.json': SWAGGER() });
      return () => cli('validate', dir, SECRET_ARG);
    },
    says: /Argument 2 of validate names no file or folder\./,
    check: (r) => expect(r.stdout + r.stderr).not.toContain(SECRET_ARG),
  });
  hostileCase({
    item: 'bounded',
    name: 'validate a glob over links in a loop, a FIFO and a device where a definition goes',
    exits: [1],
    arrange: async () => {
      const dir = path.join(root, 'folders', `glob${++caseNo}`);
      await writeFile(path.join(dir, 'good', 'apiDefinition.swagger.json'), SWAGGER());
      await fs.symlink(dir, path.join(dir, 'good', 'up'));
      await fs.mkdir(path.join(dir, 'fifo'));
      execFileSync('mkfifo', [path.join(dir, 'fifo', 'apiDefinition.swagger.json')]);
      await fs.mkdir(path.join(dir, 'device'));
      await fs.symlink('/dev/zero', path.join(dir, 'device', 'apiDefinition.swagger.json'));
      return () => cli('validate', `${dir}/**`);
    },
    says: /is not a regular file \(a device, pipe or socket is never read\)/,
    check: (r) => expect(r.stdout).toMatch(/^1 connector checked, \d+ with errors, 2 could not be read: /m),
  });
  hostileCase({
    item: 'side door',
    name: 'validate a lone definition file: findings under its own name',
    exits: [0, 1],
    arrange: async () => {
      const dir = await folder({
        'lone.swagger.json': SWAGGER('Lone', { paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } } }),
      });
      return () => cli('validate', path.join(dir, 'lone.swagger.json'));
    },
    check: (r) => {
      expect(r.stdout).toContain('lone.swagger.json:');
      expect(r.stdout).not.toContain('apiDefinition.swagger.json:');
    },
  });
});
