// `connector-studio export <folder> --out <dir>`, run as people run it: the built CLI
// (bin/connector-studio.cjs over dist/cli.cjs and dist/cli/export-command.cjs) in a process of its
// own, on real folders. It writes what the studio's File > Export package writes, refuses files
// paconn could not read as meant and folders that hold a connector without --force, never writes
// over the connector's own files, and prints one sentence per refusal, terminal-safe.
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../main/services/connector-create-package';
import { REPO_ROOT } from '../support/corpus';

const BIN = path.join(REPO_ROOT, 'bin', 'connector-studio.cjs');
const EXPORT_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'export-command.cjs');

const DEFINITION = `${JSON.stringify(
  {
    swagger: '2.0',
    info: { title: 'Contoso Items', version: '1.0', description: 'Manage the items of a Contoso account.' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    paths: { '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { '200': { description: 'OK' } } } } },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
  },
  null,
  2,
)}\n`;

let tmp = '';
let n = 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 70) : 0, stdout, stderr });
    });
  });
}

async function connector(definition = DEFINITION): Promise<string> {
  const dir = path.join(tmp, `connector${++n}`);
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), definition);
  return dir;
}

async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(dir)).sort()) out[name] = await fs.readFile(path.join(dir, name), 'latin1');
  return out;
}

/** Refused: exit 1, one line on stderr (the sentence), nothing on stdout. */
function expectRefused(r: Run, sentence: string | RegExp) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  if (typeof sentence === 'string') expect(lines[0]).toBe(`connector-studio: ${sentence}`);
  else expect(lines[0]).toMatch(sentence);
}

beforeAll(async () => {
  if (!existsSync(EXPORT_BUNDLE)) throw new Error(`${EXPORT_BUNDLE} is missing: run npm run build first.`);
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-cli-export-')));
});

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('connector-studio export', () => {
  it('writes the package the studio writes, byte for byte', async () => {
    const dir = await connector();
    const out = path.join(tmp, 'package');
    const r = await cli('export', dir, '--out', out);
    expect(r).toMatchObject({
      code: 0,
      stdout: `Wrote apiDefinition.swagger.json, apiProperties.json, settings.json, README.md to ${out}\n`,
    });
    const studio = path.join(tmp, 'studio-package');
    await exportPackage(dir, studio);
    expect(await contents(out)).toEqual(await contents(studio));
    expect((await contents(out))['apiDefinition.swagger.json']).toBe(DEFINITION);

    const again = await cli('export', dir, '--out', out, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toEqual({
      error: {
        code: 'target-has-connector',
        message: `${out} already holds connector files (README.md, apiDefinition.swagger.json, apiProperties.json, settings.json); choose an empty or new folder, or add --force to replace them.`,
      },
    });
    const forced = await cli('export', dir, '--out', out, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ target: out, written: expect.arrayContaining(['README.md']), warnings: [] });
  });

  it('drafts a missing description into the package only, by a minimal edit, says so, and writes what the studio writes', async () => {
    // paconn create stops on a definition with no info.description (KeyError: 'description').
    // BOM and CRLF: every byte but the inserted member is kept.
    const bare = DEFINITION.replace(',\n    "description": "Manage the items of a Contoso account."', '').replace(/\n/g, '\r\n');
    expect(JSON.parse(bare).info).toEqual({ title: 'Contoso Items', version: '1.0' });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bare, 'utf8')]);
    const dir = await connector();
    await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), bytes);
    const before = await contents(dir);
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('export', dir, '--out', out);
    expect(r.code).toBe(0);

    const written = await fs.readFile(path.join(out, 'apiDefinition.swagger.json'));
    const draft = 'Contoso Items: 1 operation on api.contoso.com/v1, namely List items.';
    const at = bytes.indexOf('"version": "1.0"') + '"version": "1.0"'.length;
    const inserted = Buffer.from(`,\r\n    "description": ${JSON.stringify(draft)}`, 'utf8');
    expect(written.equals(Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]))).toBe(true);
    // The generated README.md opens with the same description.
    expect(await fs.readFile(path.join(out, 'README.md'), 'utf8')).toContain(`\n${draft}\n`);
    // Said first on stderr, before what was generated.
    const said = `apiDefinition.swagger.json has no info.description, which paconn create and the portal need; the package's copy has one drafted from its title, server and operations and inserted, every other byte as it was ("${draft}"); the connector's own apiDefinition.swagger.json is unchanged: review the description, and add it to the connector to keep it.`;
    expect(r.stderr.split('\n')[0]).toBe(said);
    // The connector's own folder is as it was.
    expect(await contents(dir)).toEqual(before);

    // The studio's File > Export package writes the same bytes and says the same.
    const studio = path.join(tmp, `studio${++n}`);
    const outcome = await exportPackage(dir, studio);
    expect(await contents(studio)).toEqual(await contents(out));
    expect(outcome.report[0]).toEqual({ file: 'apiDefinition.swagger.json', action: 'description-drafted', message: said });

    const json = await cli('export', dir, '--out', path.join(tmp, `out${++n}`), '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).report).toEqual(outcome.report);
    expect(json.stderr).toBe('');
  });

  it('refuses a definition that parses only leniently, says what and where, and exports it as it is with --force', async () => {
    const lenient = DEFINITION.replace('{\n', '{\n  // items API\n').replace('"version": "1.0"', '"version": "1.0",\n    "version": "1.1"');
    const dir = await connector(lenient);
    const out = path.join(tmp, `out${++n}`);
    const why =
      'apiDefinition.swagger.json is not standard JSON (a comment at line 2, column 3; a key repeated in one object at line 7, column 5)';
    expectRefused(
      await cli('export', dir, '--out', out),
      `Not exported: ${why}; paconn may refuse such a package or read it differently, so fix the files, or add --force to export them as they are.`,
    );
    expect(existsSync(out)).toBe(false);

    const forced = await cli('export', dir, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr.split('\n')[0]).toBe(`Exported as it is (--force): ${why}.`);
    expect(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8')).toBe(lenient);
  });

  it('refuses a definition that does not parse, and an apiProperties.json with a trailing comma', async () => {
    const broken = await connector(DEFINITION.replace('"host": "api.contoso.com",', '"host": "api.contoso.com"'));
    const r = await cli('export', broken, '--out', path.join(tmp, `out${++n}`));
    expectRefused(
      r,
      /^connector-studio: Not exported: apiDefinition\.swagger\.json does not parse \(line 9, column 3: [^)]+\); paconn cannot open a package that does not parse, so fix the files, or add --force to export them as they are\.$/,
    );
    const withProperties = await connector();
    await fs.writeFile(path.join(withProperties, 'apiProperties.json'), '{\n  "properties": { "iconBrandColor": "#007ee5", }\n}\n');
    expectRefused(
      await cli('export', withProperties, '--out', path.join(tmp, `out${++n}`)),
      /^connector-studio: Not exported: apiProperties\.json is not standard JSON \(a trailing comma at line 2, column 46\);/,
    );
  });

  it('never writes over the connector itself: its own folder, a link to it, or a link to one of its files', async () => {
    const dir = await connector();
    const before = await contents(dir);
    expectRefused(
      await cli('export', dir, '--out', dir, '--force'),
      `${dir} is the connector's own folder; choose another folder for the package.`,
    );
    const link = path.join(tmp, `link${++n}`);
    await fs.symlink(dir, link);
    expectRefused(
      await cli('export', dir, '--out', link, '--force'),
      `${link} is the connector's own folder; choose another folder for the package.`,
    );
    const out = path.join(tmp, `out${++n}`);
    await fs.mkdir(out);
    await fs.symlink(path.join(dir, 'apiDefinition.swagger.json'), path.join(out, 'apiDefinition.swagger.json'));
    expectRefused(
      await cli('export', dir, '--out', out, '--force'),
      `Writing ${path.join(out, 'apiDefinition.swagger.json')} would replace the connector's own apiDefinition.swagger.json; choose another folder for the package.`,
    );
    expect(await contents(dir)).toEqual(before);
    expect(await fs.readdir(out)).toEqual(['apiDefinition.swagger.json']);
  });

  it('usage errors exit 2 and never repeat a value; a missing folder or a file exits 1 in one sentence', async () => {
    const dir = await connector();
    for (const args of [
      ['export'],
      ['export', dir],
      ['export', dir, 'secret-value-1', '--out', path.join(tmp, 'x')],
      ['export', dir, '--out', path.join(tmp, 'x'), '--profile', 'certified'],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^connector-studio: .*Run connector-studio --help for usage\.\n$/);
      expect(r.stderr).not.toContain('secret-value-1');
    }
    const missing = path.join(tmp, 'missing');
    expectRefused(await cli('export', missing, '--out', path.join(tmp, 'x')), `${missing} does not exist.`);
    const file = path.join(dir, 'apiDefinition.swagger.json');
    expectRefused(await cli('export', file, '--out', path.join(tmp, 'x')), `${file} is a file; export takes a connector folder.`);
    expect(existsSync(path.join(tmp, 'x'))).toBe(false);
    expect((await cli('--help')).stdout).toContain('connector-studio export <dir> --out <dir> [--force] [--json]');
  });

  it('prints control characters of a path as escapes, never raw', async () => {
    const dir = await connector();
    const out = path.join(tmp, `out\u001b]52;c;aGk=\u0007${++n}`);
    const r = await cli('export', dir, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(r.stdout).toContain('\\u001b]52;c;aGk=\\u0007');
  });
});
