// `connector-studio validate` over several connectors in one process: the built CLI (bin and
// bundles, scripts/cli-bundle.mjs) run over copies of corpus connectors, one of them given a syntax
// error. Folders and globs, one exit code (worst wins), a summary line per connector in text, and
// one document covering every connector in JSON, SARIF and JUnit.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliApp, runBin } from '../support/built-cli';
import { goodDefinition, goodProperties } from '../shared/certify/support';
import { CONNECTORS_DIR, copyWritable, HAVE_CORPUS } from '../support/corpus';

// Corpus connectors copied as they are (their findings are whatever the rules say today), and one
// copy given a syntax error; a connector of the test's own that passes every rule (for exit 0).
const CORPUS = ['custom-connectors/AcuityScheduling', 'custom-connectors/IdealPostcodes'];
const BROKEN = 'custom-connectors/CompaniesHouse';
const NON_ASCII = 'independent-publisher-connectors/Brønnøysundregistrene';
/** Spaces, non-ASCII letters and "#" in the folder's name: its SARIF URIs must be percent-encoded. */
const ODD_NAME = 'connectors odd/Brønnøysund registre #1';

let tmp: string;
let bin: string;
/** The copies and the clean connector, relative to tmp (the working directory of every run). */
const copies: string[] = [];
let broken: string;
let clean: string;
/** Each connector's summary line when it is validated alone, and that run's exit code. */
const alone = new Map<string, { summary: string; code: number }>();

const validate = (...args: string[]) => runBin(bin, ['validate', ...args], { cwd: tmp });

beforeAll(async () => {
  if (!HAVE_CORPUS) return;
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cli-validate-many-')));
  bin = await buildCliApp(path.join(tmp, 'app'));
  for (const c of CORPUS) {
    const target = path.join('connectors', path.basename(c));
    await copyWritable(path.join(CONNECTORS_DIR, c), path.join(tmp, target));
    copies.push(target);
  }
  broken = path.join('connectors', path.basename(BROKEN));
  await copyWritable(path.join(CONNECTORS_DIR, BROKEN), path.join(tmp, broken));
  // A comma removed after the first value: a syntax error, which is an error under every profile.
  const def = path.join(tmp, broken, 'apiDefinition.swagger.json');
  const text = await fs.readFile(def, 'utf8');
  await fs.writeFile(def, text.replace(/("swagger"\s*:\s*"2\.0"\s*),/, '$1'));
  clean = path.join('connectors', 'Contoso');
  await fs.mkdir(path.join(tmp, clean));
  await fs.writeFile(path.join(tmp, clean, 'apiDefinition.swagger.json'), JSON.stringify(goodDefinition(), null, 2));
  await fs.writeFile(path.join(tmp, clean, 'apiProperties.json'), JSON.stringify(goodProperties(), null, 2));
  // A folder a glob matches that is no connector, and a file that is none either.
  await fs.mkdir(path.join(tmp, 'connectors', 'notes'));
  await fs.writeFile(path.join(tmp, 'connectors', 'notes', 'todo.txt'), 'later\n');
  await fs.writeFile(path.join(tmp, 'connectors', 'list.txt'), 'connectors\n');
  await copyWritable(path.join(CONNECTORS_DIR, NON_ASCII), path.join(tmp, ODD_NAME));
  for (const c of [...copies, broken, clean]) {
    const r = await validate(c);
    alone.set(c, { summary: r.stdout.trim().split('\n').at(-1)!, code: r.code });
  }
}, 120_000);

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!HAVE_CORPUS)('validate over several connectors in one process', () => {
  it('the clean connector alone exits 0, the broken one 1', () => {
    expect(alone.get(clean)!.code).toBe(0);
    expect(alone.get(clean)!.summary).toMatch(/^0 errors, /);
    expect(alone.get(broken)!.code).toBe(1);
    expect(alone.get(broken)!.summary).toMatch(/^[1-9]\d* errors?, /);
  });

  it("several folders: each connector's findings and summary line as alone, in the order given, then the total; worst exit wins", async () => {
    const order = [clean, ...copies, broken];
    const r = await validate(...order);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    const at = order.map((c) => lines.indexOf(`${path.join(tmp, c)}: ${alone.get(c)!.summary}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    // Each connector's findings come just before its summary line, each file under its folder.
    for (const [k, c] of order.entries()) {
      for (const line of lines.slice(k === 0 ? 0 : at[k - 1]! + 1, at[k])) {
        if (!line.startsWith('  ValuePath: ')) expect(line.startsWith(`${path.join(tmp, c)}${path.sep}`)).toBe(true);
      }
    }
    const errors = order.filter((c) => alone.get(c)!.code === 1).length;
    expect(lines.at(-1)).toMatch(
      new RegExp(`^4 connectors checked, ${errors} with errors: \\d+ errors?, \\d+ warnings?, \\d+ info in all\\.$`),
    );
    expect(r.code).toBe(1);
    const cleanOnly = await validate(clean, clean);
    expect(cleanOnly.code).toBe(0);
    const [first, total] = cleanOnly.stdout.trim().split('\n').slice(-2);
    expect(first).toBe(`${path.join(tmp, clean)}: ${alone.get(clean)!.summary}`);
    expect(total).toMatch(/^1 connector checked, 0 with errors: 0 errors, /);
  });

  it('a quoted glob checks the connector folders it matches, in name order, each once', async () => {
    const globbed = await validate('connectors/*', clean);
    const listed = await validate(...[...copies, broken, clean].sort());
    expect(globbed.code).toBe(1);
    expect(globbed.stderr).toBe('');
    expect(globbed.stdout).toBe(listed.stdout);
    expect(globbed.stdout.trim().split('\n').at(-1)).toMatch(/^4 connectors checked, /);
    // Definition files by a glob too; apiProperties.json is not taken for one.
    const files = await validate('connectors/*/*.json');
    expect(files.code).toBe(1);
    expect(files.stdout.trim().split('\n').at(-1)).toMatch(/^4 connectors checked, /);
    expect(files.stdout).not.toMatch(/apiProperties\.json: /);
  });

  it('a folder that is missing, or a glob that matches nothing, is said and fails the run; the rest is checked', async () => {
    const r = await validate(clean, 'connectors/Nope', 'connectors/*.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'connector-studio: "connectors/*.yaml" matches nothing.',
      `connector-studio: ${path.join(tmp, 'connectors', 'Nope')} does not exist.`,
    ]);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^1 connector checked, 0 with errors, 1 could not be read: /);
    const other = await validate('connectors/*.txt');
    expect(other.code).toBe(1);
    expect(other.stderr).toBe('connector-studio: "connectors/*.txt" matches no connector folder or definition file (1 other match).\n');
  });

  it('JSON is one document: each connector named, with its profile and findings as alone', async () => {
    const all = [...copies, broken, clean];
    const r = await validate(...all, '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const { connectors } = JSON.parse(r.stdout);
    expect(connectors.map((c: { connector: string }) => c.connector)).toEqual(all);
    for (const [k, c] of all.entries()) {
      const own = JSON.parse((await validate(c, '--format', 'json')).stdout);
      expect(connectors[k]).toEqual({ connector: c, ...own });
      for (const d of own.diagnostics) expect(d.file.startsWith(`${c}/`)).toBe(true);
    }
  });

  it('SARIF is one run holding the results of every connector; JUnit a suite per file of each', async () => {
    const all = [...copies, broken, clean];
    const sarif = await validate(...all, '--format', 'sarif');
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.runs).toHaveLength(1);
    // Each connector's profile (chosen from it: auto) among the run's properties.
    for (const [k, c] of all.entries()) {
      const own = JSON.parse((await validate(c, '--format', 'sarif')).stdout).runs[0].properties;
      expect(log.runs[0].properties.connectors[k]).toEqual({ connector: c, ...own });
    }
    const uris: string[] = log.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.some((u) => u.startsWith('connectors/CompaniesHouse/'))).toBe(true);
    let total = 0;
    for (const c of all) {
      const own = JSON.parse((await validate(c, '--format', 'sarif')).stdout).runs[0].results;
      total += own.length;
      expect(uris.filter((u) => u.startsWith(`${c}/`)).length).toBe(own.length);
    }
    expect(uris.length).toBe(total);

    const junit = await validate(...all, '--format', 'junit');
    expect(junit.code).toBe(1);
    const suites = [...junit.stdout.matchAll(/<testsuite name="([^"]+)" tests="\d+" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    for (const c of all) {
      const own = (await validate(c, '--format', 'junit')).stdout;
      for (const m of own.matchAll(/<testsuite name="([^"]+)" tests="\d+" failures="(\d+)"/g))
        expect(suites).toContainEqual([m[1], Number(m[2])]);
    }
    expect(suites.some(([name, failures]) => name === `${broken}/apiDefinition.swagger.json` && (failures as number) > 0)).toBe(true);
    expect(junit.stdout.match(/<testsuites /g)).toHaveLength(1);
  });

  it('SARIF URIs are RFC 3986 references relative to the SRCROOT base, spaces and non-ASCII percent-encoded', async () => {
    const r = await validate(ODD_NAME, clean, '--format', 'sarif', '--profile', 'certified');
    const run = JSON.parse(r.stdout).runs[0];
    const base = run.originalUriBaseIds.SRCROOT.uri as string;
    expect(base).toBe(`${pathToFileURL(tmp).href}/`);
    // A missing README.md is named where it belongs: its folder is there, the file is not.
    const missing = run.results
      .filter((x: any) => x.ruleId === 'ReadmeMissing')
      .map((x: any) => x.locations[0].physicalLocation.artifactLocation);
    expect(missing.map((l: { uri: string }) => l.uri)).toEqual([`${clean}/README.md`]);
    expect(missing[0].uriBaseId).toBe('SRCROOT');
    expect(existsSync(fileURLToPath(new URL('.', new URL(missing[0].uri, base))))).toBe(true);
    const locations = run.results
      .filter((x: any) => x.ruleId !== 'ReadmeMissing')
      .flatMap((x: any) => [
        x.locations[0].physicalLocation.artifactLocation,
        ...(x.fixes ?? []).flatMap((f: any) => f.artifactChanges.map((c: any) => c.artifactLocation)),
      ]);
    const odd = locations.filter((l: { uri: string }) => l.uri.startsWith('connectors%20odd/'));
    expect(odd.length).toBeGreaterThan(0);
    for (const l of locations) {
      expect(l.uriBaseId).toBe('SRCROOT');
      // Only unreserved characters, "/" and percent-escapes: no space, no raw non-ASCII, no "#".
      expect(l.uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/);
      expect(l.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(existsSync(fileURLToPath(new URL(l.uri, base)))).toBe(true);
    }
    expect(odd[0].uri).toBe(`connectors%20odd/Br%C3%B8nn%C3%B8ysund%20registre%20%231/${odd[0].uri.split('/').at(-1)}`);
  });
});
