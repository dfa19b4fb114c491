// `connector-studio diff <old> <new>` on real folders: runDiff and main() in-process, and the CLI
// bundled as the bin is, run as a child process. Exit 1 for breaking changes, 2 for usage or read
// errors, 0 otherwise.
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { runDiff, type DiffArgs } from '../../main/cli/diff-command';
import { buildCli } from '../../scripts/cli-bundle.mjs';
import { baseDefinition, baseProperties, type Json } from '../shared/diff/support';

const run = promisify(execFile);
let tmp: string;
let n = 0;

async function folder(def: Json | string, props: Json | undefined = baseProperties()): Promise<string> {
  const dir = path.join(tmp, `c${++n}`);
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), typeof def === 'string' ? def : JSON.stringify(def, null, 4));
  if (props) await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(props, null, 4));
  return dir;
}

function changed(change: (d: Json) => void): Json {
  const d = baseDefinition();
  change(d);
  return d;
}

async function diff(args: Partial<DiffArgs> & Pick<DiffArgs, 'old' | 'new'>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDiff({ format: 'text', verbose: false, ...args }, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-diff-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('runDiff', () => {
  it('exits 0 with no findings for the same connector in two folders', async () => {
    const r = await diff({ old: await folder(baseDefinition()), new: await folder(baseDefinition()) });
    expect(r).toEqual({ code: 0, out: '0 breaking changes (errors), 0 warnings, 0 info.', err: '' });
  });

  it('exits 1 on a breaking change, located in the old folder for a deleted operation', async () => {
    const oldDir = await folder(baseDefinition());
    const newDir = await folder(changed((d) => delete d.paths['/items/{itemId}'].get));
    const r = await diff({ old: oldDir, new: newDir });
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const text = await fs.readFile(path.join(oldDir, 'apiDefinition.swagger.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"operationId": "GetItem"'));
    // The `"get": {` line just above the id.
    expect(lines[0]).toMatch(
      new RegExp(
        `^${escapeRegExp(oldDir)}/apiDefinition\\.swagger\\.json:${line}:\\d+ error OperationRemoved Operation "GetItem" \\(GET "/items/\\{itemId\\}"\\) was deleted`,
      ),
    );
    expect(lines[1]).toBe('  ValuePath: operation/GetItem');
    expect(lines.at(-1)).toBe('1 breaking change (error), 0 warnings, 0 info.');
  });

  it('exits 0 when there are only warnings and additive changes; --verbose lists the additive ones', async () => {
    const args = {
      old: await folder(baseDefinition()),
      new: await folder(
        changed((d) => {
          d.host = 'api.contoso.net';
          d.paths['/items'].get.parameters.push({ name: 'search', in: 'query', type: 'string' });
        }),
      ),
    };
    const r = await diff(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ warning HostChanged /);
    expect(r.out).not.toMatch(/ParameterAdded/);
    expect((await diff({ ...args, verbose: true })).out).toMatch(
      / info ParameterAdded Operation "ListItems": new optional parameter "search" \(query\)\./,
    );
  });

  it('takes a lone definition file and names it as given', async () => {
    const dir = path.join(tmp, `lone${++n}`);
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'v1.json'), JSON.stringify(baseDefinition()));
    await fs.writeFile(path.join(dir, 'v2.json'), JSON.stringify(changed((d) => (d.paths['/items'].get.parameters[0].type = 'string'))));
    const r = await diff({ old: path.join(dir, 'v1.json'), new: path.join(dir, 'v2.json') });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^${escapeRegExp(path.join(dir, 'v2.json'))}:1:\\d+ error ParameterTypeChanged `));
  });

  it('reports files it had to repair on stderr, and still compares them', async () => {
    const text = JSON.stringify(
      changed((d) => (d.basePath = '/v2')),
      null,
      4,
    ).replace('"swagger": "2.0",', '"swagger": "2.0",,');
    const r = await diff({ old: await folder(baseDefinition()), new: await folder(text) });
    expect(r.err).toMatch(/^new: .*apiDefinition\.swagger\.json:2:\d+ error /);
    expect(r.out).toMatch(/ warning BasePathChanged /);
  });

  it('exits 2 when a connector cannot be read', async () => {
    const missing = await diff({ old: path.join(tmp, 'nope'), new: await folder(baseDefinition()) });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^connector-studio: old connector: .*nope does not exist\.$/);
    const empty = path.join(tmp, `empty${++n}`);
    await fs.mkdir(empty);
    const none = await diff({ old: await folder(baseDefinition()), new: empty });
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/new connector: .* has no apiDefinition\.swagger\.json/);
  });
});

describe('diff in the CLI', () => {
  it('is in the help', async () => {
    const r = await cli('--help');
    expect(r.out).toContain('connector-studio diff <old> <new> [--format text|json|sarif|junit] [--verbose]');
  });

  it('writes JSON, SARIF and JUnit with paths relative to the working directory', async () => {
    const oldDir = await folder(baseDefinition());
    const newDir = await folder(changed((d) => (d.paths['/items'].get.parameters[1].enum = ['open'])));
    const json = await cli('diff', oldDir, newDir, '--format', 'json');
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.out);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'EnumValueRemoved',
      severity: 'error',
      category: 'Enum value removed',
      source: 'new',
      valuePath: 'operation/ListItems/parameter/status/enum',
    });
    expect(path.resolve(findings[0].file)).toBe(path.join(newDir, 'apiDefinition.swagger.json'));
    // --json means --format json.
    expect(JSON.parse((await cli('diff', oldDir, newDir, '--json')).out)).toEqual(findings);
    const sarif = JSON.parse((await cli('diff', oldDir, newDir, '--format', 'sarif')).out);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'EnumValueRemoved', level: 'error' });
    const junit = await cli('diff', oldDir, newDir, '--format', 'junit');
    expect(junit.code).toBe(1);
    expect(junit.out).toMatch(/<testsuites name="connector-studio diff" tests="\d+" failures="1">/);
  });

  it('exits 2 on bad usage', async () => {
    const dir = await folder(baseDefinition());
    for (const argv of [
      ['diff', dir],
      ['diff', dir, dir, dir],
      ['diff', dir, dir, '--format', 'xml'],
      ['diff', dir, dir, '--frobnicate'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/Run connector-studio --help for usage\.$/);
    }
  });
});

describe('the bundled CLI', () => {
  let bin: string;

  beforeAll(async () => {
    // Bundled as scripts/build.mjs bundles dist/cli.cjs (and its command bundles), into the temporary folder.
    bin = path.join(tmp, 'cli.cjs');
    await buildCli({ outdir: tmp, logLevel: 'error', define: { __STUDIO_VERSION__: '"9.9.9"' } });
  }, 120_000);

  it('diff <old> <new> exits 1 with the findings on stdout, 0 without, 2 for a missing folder', async () => {
    const oldDir = await folder(baseDefinition());
    const newDir = await folder(changed((d) => (d.paths['/items'].get['x-ms-visibility'] = 'internal')));
    const failed = await run(process.execPath, [bin, 'diff', oldDir, newDir, '--format', 'sarif'], { cwd: tmp }).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed.code).toBe(1);
    const log = JSON.parse(failed.stdout);
    expect(log.runs[0].tool.driver.version).toBe('9.9.9');
    expect(log.runs[0].results.map((r: any) => r.ruleId)).toEqual(['VisibilityMadeInternal']);
    const same = await run(process.execPath, [bin, 'diff', oldDir, oldDir]);
    expect(same.stdout.trim()).toBe('0 breaking changes (errors), 0 warnings, 0 info.');
    const missing = await run(process.execPath, [bin, 'diff', oldDir, path.join(tmp, 'nope')]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('writes SARIF URIs relative to SRCROOT that name the real files, whatever the folders are called', async () => {
    // Spaces, non-ASCII letters and "#" (a fragment in a URI) in both folders' names.
    const cwd = await fs.realpath(tmp);
    const oldDir = path.join(cwd, 'diff odd', 'Brønnøysund før #1');
    const newDir = path.join(cwd, 'diff odd', 'Brønnøysund etter #2');
    // A parameter removed (shown in the old connector) and an enum value removed (in the new one).
    const newer = changed((d) => {
      const params = d.paths['/items'].get.parameters;
      params[1].enum = ['open'];
      params.splice(2, 1);
    });
    for (const [dir, def] of [
      [oldDir, baseDefinition()],
      [newDir, newer],
    ] as const) {
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(def, null, 4));
      await fs.writeFile(path.join(dir, 'apiProperties.json'), JSON.stringify(baseProperties(), null, 4));
    }
    const r = await run(process.execPath, [bin, 'diff', oldDir, newDir, '--format', 'sarif'], { cwd }).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(r.code).toBe(1);
    const sarifRun = JSON.parse(r.stdout).runs[0];
    const base = sarifRun.originalUriBaseIds.SRCROOT.uri as string;
    expect(base).toBe(`${pathToFileURL(cwd).href}/`);
    const locations = sarifRun.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) {
      expect(l.uriBaseId).toBe('SRCROOT');
      // Only RFC 3986 characters, and a relative reference (no scheme).
      expect(l.uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/);
      expect(l.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      const file = fileURLToPath(new URL(l.uri, base));
      expect(existsSync(file)).toBe(true);
    }
    const files = new Set(locations.map((l: { uri: string }) => fileURLToPath(new URL(l.uri, base))));
    expect([...files].sort()).toEqual([path.join(newDir, 'apiDefinition.swagger.json'), path.join(oldDir, 'apiDefinition.swagger.json')]);
    expect(locations.map((l: { uri: string }) => l.uri)).toContain(
      'diff%20odd/Br%C3%B8nn%C3%B8ysund%20f%C3%B8r%20%231/apiDefinition.swagger.json',
    );
  });
});
