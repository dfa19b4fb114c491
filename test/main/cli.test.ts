// The connector-studio CLI: `main(argv, io)` in-process on temporary folders, plus one run of the
// built binary as a child process.
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** --json runs: exactly one JSON document on stdout, nothing on stderr. */
async function cliJson(...argv: string[]): Promise<Run & { json: any }> {
  const r = await cli(...argv, '--json');
  expect(r.err, 'stderr of a --json run').toEqual([]);
  expect(r.out).toHaveLength(1);
  return { ...r, json: JSON.parse(r.out[0]!) };
}

const DEFINITION = {
  swagger: '2.0',
  info: { title: 'Contoso Items', version: '1.2', description: 'Manage the items of a Contoso account.' },
  host: 'api.contoso.com',
  basePath: '/v1',
  schemes: ['https'],
  paths: {
    '/items': {
      get: { operationId: 'ListItems', summary: 'List items', responses: { '200': { description: 'OK' } } },
      post: { operationId: 'CreateItem', deprecated: true, responses: { '201': { description: 'Created' } } },
    },
    '/hooks': {
      'x-ms-notification-content': { schema: { type: 'object' } },
      post: { operationId: 'OnItemCreated', 'x-ms-trigger': 'single', responses: { '201': { description: 'Created' } } },
    },
    '/changes': {
      get: {
        operationId: 'OnItemChanged',
        'x-ms-trigger': 'batch',
        'x-ms-visibility': 'internal',
        responses: { '200': { description: 'OK' } },
      },
    },
  },
  securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
};
const DEFINITION_TEXT = `${JSON.stringify(DEFINITION, null, 2)}\n`;
// The definition bytes as an odd editor left them: BOM, CRLF, a tab.
const DEFINITION_BYTES = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(DEFINITION_TEXT.replace(/\n/g, '\r\n').replace('  "host"', '\t"host"'), 'utf8'),
]);
const PROPERTIES_BYTES = Buffer.from(
  '{\n    "properties": {\n        "connectionParameters": {\n            "api_key": {"type": "securestring", "uiDefinition": {"displayName": "API Key", "constraints": {"required": "true"}}}\n        },\n        "iconBrandColor": "#123456",\n        "publisher": "Contoso"\n    }\n}\n',
  'utf8',
);
const ICON_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

let tmp: string;
let n = 0;

/** A fresh folder under the test's temporary root. */
async function folder(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = path.join(tmp, `f${++n}`);
  await fs.mkdir(dir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  return dir;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const dir = await folder();
  const p = path.join(dir, name);
  await fs.writeFile(p, content);
  return p;
}

const outDir = () => path.join(tmp, `out${++n}`);

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-cli-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

// ---- inspect ---------------------------------------------------------------------------------

describe('inspect', () => {
  it('prints title, host, auth and operation counts', async () => {
    const dir = await folder({
      'apiDefinition.swagger.json': DEFINITION_BYTES,
      'apiProperties.json': PROPERTIES_BYTES,
      'icon.png': ICON_BYTES,
    });
    const r = await cli('inspect', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const text = r.out.join('\n');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Contoso Items  v1.2');
    expect(text).toContain(`Source:      ${dir}`);
    expect(text).toMatch(/^ {2}Host: +api\.contoso\.com$/m);
    expect(text).toMatch(/^ {2}Base URL: +\/v1$/m);
    expect(text).toMatch(/^ {2}Auth: +apiKey \(api_key: apiKey\)$/m);
    expect(text).toMatch(/^ {2}Connection: +api_key \(securestring\)$/m);
    expect(text).toMatch(/^ {2}Operations: +4 \(2 actions, 1 webhook triggers, 1 polling triggers; 1 deprecated, 1 internal\)$/m);
    expect(text).toMatch(/^ {2}Files: +apiDefinition\.swagger\.json, apiProperties\.json, icon\.png$/m);
  });

  it('--json gives the same facts as JSON', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES, 'apiProperties.json': PROPERTIES_BYTES });
    const { code, json } = await cliJson('inspect', dir);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      source: dir,
      title: 'Contoso Items',
      version: '1.2',
      host: 'api.contoso.com',
      basePath: '/v1',
      schemes: ['https'],
      auth: 'apiKey',
      securityDefinitions: [{ name: 'api_key', type: 'apiKey' }],
      connectionParameters: [{ name: 'api_key', type: 'securestring' }],
      operations: { total: 4, actions: 2, webhookTriggers: 1, pollingTriggers: 1, deprecated: 1, internal: 1 },
      policies: [],
      files: ['apiDefinition.swagger.json', 'apiProperties.json'],
      hasIcon: false,
      diagnostics: [],
    });
  });

  it('inspects a lone definition file', async () => {
    const p = await file('petstore.json', DEFINITION_TEXT);
    const { code, json } = await cliJson('inspect', p);
    expect(code).toBe(0);
    expect(json).toMatchObject({ source: p, title: 'Contoso Items', auth: 'apiKey', operations: { total: 4 } });
  });

  it('a missing path: exit 1 and one sentence naming the path', async () => {
    const missing = path.join(tmp, 'no-such-connector');
    const r = await cli('inspect', missing);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(missing);
    expect(r.err[0]).toMatch(/^connector-studio: [^\n]+\.$/);
    expect(r.err[0]!.split(/\.\s/).length).toBe(1);

    const j = await cliJson('inspect', missing);
    expect(j.code).toBe(1);
    expect(j.json.error.code).toBe('not-found');
    expect(j.json.error.message).toContain(missing);
  });

  it('a folder without a definition: exit 1, saying it is not a connector folder', async () => {
    const dir = await folder({ 'README.md': '# hello\n' });
    const r = await cli('inspect', dir);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(dir);
    expect(r.err[0]).toMatch(/apiDefinition\.swagger\.json/);
  });

  it('a definition with a syntax error: the summary still prints, with a located error, and exit 1', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': '{\n  "swagger": "2.0",\n  "info": {"title": "Half"}\n  "paths": {}\n}\n' });
    const r = await cli('inspect', dir);
    expect(r.code).toBe(1);
    expect(r.out.join('\n')).toContain('Half');
    expect(r.out.join('\n')).toContain(`${path.join(dir, 'apiDefinition.swagger.json')}:4:3 error CommaExpected `);
    const j = await cliJson('inspect', dir);
    expect(j.code).toBe(1);
    expect(j.json.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'apiDefinition.swagger.json', line: 4, column: 3, severity: 'error', code: 'CommaExpected' }),
    );
  });
});

// ---- usage -------------------------------------------------------------------------------------

describe('bad usage exits 2 with a sentence that points to --help', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate', 'x']],
    ['import without --out', ['import', 'somewhere']],
    ['import without a source', ['import']],
    ['inspect without a source', ['inspect']],
    ['a bad --profile', ['import', 'somewhere', '--out', 'elsewhere', '--profile', 'premium']],
    ['an unknown flag', ['inspect', 'somewhere', '--frobnicate']],
    ['an extra argument', ['inspect', 'a', 'b']],
  ])('%s', async (_label, argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^connector-studio: /);
    expect(r.err[0]).toContain('--help');
  });

  it('names the bad value', async () => {
    expect((await cli('frobnicate')).err[0]).toContain('"frobnicate"');
    expect((await cli('import', 'x', '--out', 'y', '--profile', 'premium')).err[0]).toMatch(
      /--profile must be one of custom, certified, independent-publisher/,
    );
    expect((await cli('import', 'x')).err[0]).toContain('--out');
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['import without --out', ['import', 'somewhere']],
    ['a bad --profile', ['import', 'somewhere', '--out', 'elsewhere', '--profile', 'premium']],
  ])('--json: %s gives a JSON usage error', async (_label, argv) => {
    const { code, json } = await cliJson(...argv);
    expect(code).toBe(2);
    expect(json.error.code).toBe('usage');
    expect(json.error.message).toContain('--help');
  });

  // BUG (main/cli.ts, main): `json` is only set after parseArgs succeeds, so an unknown flag next
  // to --json is reported as plain text on stderr, and stdout holds no JSON. Fix: decide JSON
  // output before parsing, e.g. `json = argv.includes('--json')`.
  it('--json: an unknown flag still gives a JSON usage error', async () => {
    const { code, json } = await cliJson('inspect', 'somewhere', '--frobnicate');
    expect(code).toBe(2);
    expect(json.error.code).toBe('usage');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/connector-studio import <source> --out <dir>/);
    expect(r.out.join('\n')).toMatch(/connector-studio inspect <dir\|file>/);
  });
});

// ---- import ------------------------------------------------------------------------------------

describe('import', () => {
  async function expectSameBytes(a: string, b: string) {
    const [x, y] = await Promise.all([fs.readFile(a), fs.readFile(b)]);
    expect(x.equals(y), `${a} vs ${b}`).toBe(true);
  }

  it('of a folder: every file byte for byte, settings.json and README.md generated', async () => {
    const src = await folder({
      'apiDefinition.swagger.json': DEFINITION_BYTES,
      'apiProperties.json': PROPERTIES_BYTES,
      'icon.png': ICON_BYTES,
    });
    const out = outDir();
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([`Wrote apiDefinition.swagger.json, apiProperties.json, settings.json, README.md, icon.png to ${out}`]);
    expect(r.err).toEqual(["settings.json was generated from Microsoft's template.", "README.md was generated from Microsoft's template."]);
    expect((await fs.readdir(out)).sort()).toEqual([
      'README.md',
      'apiDefinition.swagger.json',
      'apiProperties.json',
      'icon.png',
      'settings.json',
    ]);
    for (const name of ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'])
      await expectSameBytes(path.join(src, name), path.join(out, name));
    expect(JSON.parse(await fs.readFile(path.join(out, 'settings.json'), 'utf8'))).toEqual({
      apiDefinition: 'apiDefinition.swagger.json',
      apiProperties: 'apiProperties.json',
      icon: 'icon.png',
    });
    const readme = await fs.readFile(path.join(out, 'README.md'), 'utf8');
    expect(readme.split('\n')[0]).toBe('# Contoso Items');
    expect(readme).toContain('## Publisher: Contoso');
    // The source folder is untouched.
    expect((await fs.readdir(src)).sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
  });

  it('of a folder whose definition has no description: one drafted and inserted, every other byte kept, and said', async () => {
    // paconn create stops on such a definition (KeyError: 'description'). BOM, CRLF and a tab as before.
    const { description: _none, ...info } = DEFINITION.info;
    const text = `${JSON.stringify({ ...DEFINITION, info }, null, 2)}\n`.replace(/\n/g, '\r\n').replace('  "host"', '\t"host"');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const src = await folder({ 'apiDefinition.swagger.json': bytes, 'apiProperties.json': PROPERTIES_BYTES });
    const out = outDir();
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(0);
    const written = await fs.readFile(path.join(out, 'apiDefinition.swagger.json'));
    const draft = JSON.parse(written.subarray(3).toString('utf8')).info.description as string;
    expect(draft).toBe('Contoso Items: 4 operations on api.contoso.com/v1, such as List items, CreateItem and OnItemCreated.');
    // The only change: one member after the last of info, on its own line as info's members are.
    const at = bytes.indexOf('"version": "1.2"') + '"version": "1.2"'.length;
    const inserted = Buffer.from(`,\r\n    "description": ${JSON.stringify(draft)}`, 'utf8');
    expect(written.equals(Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]))).toBe(true);
    await expectSameBytes(path.join(src, 'apiProperties.json'), path.join(out, 'apiProperties.json'));
    // Said without --report: text the user did not write.
    expect(r.err).toContain(
      `apiDefinition.swagger.json has no info.description, which paconn create and the portal need; one was drafted from its title, server and operations and inserted, every other byte as it was ("${draft}"): review it before publishing.`,
    );
    // The source folder is as it was.
    expect((await fs.readFile(path.join(src, 'apiDefinition.swagger.json'))).equals(bytes)).toBe(true);

    const { json } = await cliJson('import', src, '--out', outDir());
    expect(json.conversion).toEqual([expect.objectContaining({ kind: 'decision', code: 'DescriptionDrafted', sourcePointer: '/info' })]);
  });

  it('of a folder that has everything: nothing generated, all bytes equal, names kept', async () => {
    const src = await folder({
      'apiDefinition.swagger.json': DEFINITION_BYTES,
      'apiProperties.json': PROPERTIES_BYTES,
      'settings.json': '{"apiDefinition":"apiDefinition.swagger.json"}',
      'readme.md': 'Mine\r\n',
      'script.csx': Buffer.from([0xff, 0xfe, 0x2f, 0x00, 0x2f, 0x00]),
    });
    const out = outDir();
    const { code, json } = await cliJson('import', src, '--out', out);
    expect(code).toBe(0);
    expect(json).toMatchObject({ out, report: [], diagnostics: [] });
    expect(json.written).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'settings.json', 'readme.md', 'script.csx']);
    for (const name of json.written) await expectSameBytes(path.join(src, name), path.join(out, name));
  });

  it('into an existing folder overwrites the connector files with --force (only)', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES });
    const out = await folder({ 'apiDefinition.swagger.json': 'old', 'other.txt': 'keep me' });
    expect((await cli('import', src, '--out', out)).code).toBe(1);
    expect(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8')).toBe('old');
    expect((await cli('import', src, '--out', out, '--force')).code).toBe(0);
    await expectSameBytes(path.join(src, 'apiDefinition.swagger.json'), path.join(out, 'apiDefinition.swagger.json'));
    expect(await fs.readFile(path.join(out, 'other.txt'), 'utf8')).toBe('keep me');
    // No temporary files are left behind.
    expect((await fs.readdir(out)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('of a lone Swagger 2.0 file: a connector folder, with what the import changed in the report', async () => {
    const src = await file('contoso.swagger.json', DEFINITION_BYTES);
    const out = outDir();
    const { code, json } = await cliJson('import', src, '--out', out, '--profile', 'independent-publisher');
    expect(code).toBe(0);
    expect(json.format).toBe('openapi2');
    expect(json.written).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'settings.json', 'README.md']);
    expect((await fs.readdir(out)).sort()).toEqual(['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']);
    // CreateItem had no summary: the importer adds one and says so.
    const written = JSON.parse(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8'));
    expect(written.paths['/items'].post.summary).toBeTruthy();
    expect(written.paths['/items'].get.operationId).toBe('ListItems');
    expect(json.conversion.length).toBeGreaterThan(0);
    const props = JSON.parse(await fs.readFile(path.join(out, 'apiProperties.json'), 'utf8'));
    expect(Object.keys(props.properties.connectionParameters)).toEqual(['api_key']);
    expect(props.properties.connectionParameters.api_key.type).toBe('securestring');
  });

  it('of a Swagger 2.0 file the importer has nothing to change in: the same text', async () => {
    // Import once; the result is a finished connector definition, so importing it again changes nothing.
    const first = outDir();
    expect((await cliJson('import', await file('contoso.swagger.json', DEFINITION_BYTES), '--out', first)).code).toBe(0);
    const finished = await fs.readFile(path.join(first, 'apiDefinition.swagger.json'));
    const src = await file('finished.swagger.json', finished);
    const out = outDir();
    const { code, json } = await cliJson('import', src, '--out', out);
    expect(code).toBe(0);
    expect(json.conversion.filter((n: { kind: string }) => n.kind !== 'warning')).toEqual([]);
    expect((await fs.readFile(path.join(out, 'apiDefinition.swagger.json'))).equals(finished)).toBe(true);
  });

  it.each([
    [
      'an OpenAPI 3 file without operations',
      { openapi: '3.0.1', info: { title: 'x', version: '1' }, paths: {} },
      'NoOperations',
      /has no operations/,
    ],
    [
      'a Swagger 1.2 file',
      { swaggerVersion: '1.2', apis: [] },
      'UnknownFormat',
      /neither an OpenAPI \(Swagger\) description nor a Postman collection/,
    ],
    ['a JSON array', [1, 2], 'UnknownFormat', /does not hold an object/],
  ])('of %s: exit 1 with a sentence saying what it is, nothing written', async (_label, value, errorCode, message) => {
    const src = await file('api.json', JSON.stringify(value, null, 2));
    const out = outDir();
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(src);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).toMatch(/\.$/);
    expect(existsSync(out)).toBe(false);
    const j = await cliJson('import', src, '--out', out);
    expect(j.code).toBe(1);
    expect(j.json.error.code).toBe(errorCode);
    expect(j.json.error.message).toMatch(message);
  });

  it('of a Postman collection: a connector, with the conversion report', async () => {
    const collection = {
      info: { _postman_id: 'a1b2', name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'List items', request: { method: 'GET', url: 'https://api.contoso.com/v1/items?top=10' } }],
    };
    const src = await file('my.postman_collection.json', JSON.stringify(collection));
    const out = outDir();
    const { code, json } = await cliJson('import', src, '--out', out);
    expect(code).toBe(0);
    expect(json.format).toBe('postman');
    const def = JSON.parse(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8'));
    expect(def.host).toBe('api.contoso.com');
    expect(Object.keys(def.paths)).toEqual(['/items']);
    expect(def.paths['/items'].get.operationId).toBe('ListItems');
    // The collection has no description (paconn's create needs one): drafted, and said to be, even without --report.
    expect(def.info.description).toBe('My API: 1 operation on api.contoso.com/v1, namely List items.');
    expect(json.conversion).toContainEqual(expect.objectContaining({ kind: 'decision', code: 'DescriptionDrafted' }));
    const text = await cli('import', src, '--out', outDir());
    expect(text.err).toContain(
      'The source has no description, which paconn and the portal need; one was drafted from its title, server and operations ("My API: 1 operation on api.contoso.com/v1, namely List items."): review it before publishing.',
    );
    const wrong = await cliJson('import', src, '--out', outDir(), '--from', 'openapi3');
    expect(wrong.code).toBe(1);
    expect(wrong.json.error.message).toMatch(/is a Postman collection .*not an OpenAPI 3 description/);
  });

  it('with --out equal to the source: exit 1, source untouched', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES });
    for (const out of [src, src + path.sep, path.join(src, '.')]) {
      const r = await cli('import', src, '--out', out);
      expect(r.code).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/is the source folder/);
      expect(r.err[0]).toContain('--out');
    }
    const j = await cliJson('import', src, '--out', src);
    expect(j.code).toBe(1);
    expect(j.json.error.code).toBe('same-folder');
    expect(await fs.readdir(src)).toEqual(['apiDefinition.swagger.json']);
  });

  it('with --out naming a file: exit 1', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES });
    const target = await file('not-a-folder', 'x');
    const r = await cli('import', src, '--out', target);
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain(target);
    expect(await fs.readFile(target, 'utf8')).toBe('x');
  });

  describe('of a definition with a missing comma', () => {
    // Line 4 column 3 is where the comma is missing: before "paths".
    const BROKEN =
      '{\n  "swagger": "2.0",\n  "info": {"title": "Half", "version": "1"}\n  "paths": {"/a": {"get": {"operationId": "A"}}}\n}\n';

    it('from a folder: files written byte for byte, a file:line:col error on stderr, exit 1', async () => {
      const src = await folder({ 'apiDefinition.swagger.json': BROKEN });
      const out = outDir();
      const r = await cli('import', src, '--out', out);
      expect(r.code).toBe(1);
      expect(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8')).toBe(BROKEN);
      expect(existsSync(path.join(out, 'apiProperties.json'))).toBe(true);
      const located = r.err.filter((l) => / error CommaExpected /.test(l));
      expect(located).toHaveLength(1);
      expect(located[0]!.startsWith(`${path.join(src, 'apiDefinition.swagger.json')}:4:3 error CommaExpected `)).toBe(true);
      expect(r.out[0]).toMatch(/^Wrote apiDefinition\.swagger\.json/);
    });

    it('--json: the diagnostic is in the JSON, with the files written', async () => {
      const src = await folder({ 'apiDefinition.swagger.json': BROKEN });
      const out = outDir();
      const { code, json } = await cliJson('import', src, '--out', out);
      expect(code).toBe(1);
      expect(json.written).toContain('apiDefinition.swagger.json');
      expect(json.diagnostics).toContainEqual(
        expect.objectContaining({ file: 'apiDefinition.swagger.json', line: 4, column: 3, severity: 'error', code: 'CommaExpected' }),
      );
      expect(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8')).toBe(BROKEN);
    });

    it('from a lone file: the repaired description is converted, and the error located, exit 1', async () => {
      const src = await file('half.json', BROKEN);
      const out = outDir();
      const r = await cli('import', src, '--out', out);
      expect(r.code).toBe(1);
      const written = JSON.parse(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8'));
      expect(written.swagger).toBe('2.0');
      expect(r.err.some((l) => / error CommaExpected /.test(l))).toBe(true);
    });

    // BUG (main/cli.ts line 76 and main/cli/inspect-command.ts inspectText): diagnostics are
    // printed as path.join(loaded.source, d.file); for a lone file, source is the file itself, so
    // the location reads ".../half.json/half.json:4:3". Fix: join with path.dirname(source) when
    // the source is a file (e.g. keep the folder in LoadedFromDisk).
    it('from a lone file: the located error names the file path, not file/file', async () => {
      const src = await file('half.json', BROKEN);
      const r = await cli('import', src, '--out', outDir());
      const located = r.err.find((l) => / error CommaExpected /.test(l))!;
      expect(located.startsWith(`${src}:4:3 error CommaExpected `)).toBe(true);
    });
  });

  describe('of binary data', () => {
    const PNG = Buffer.concat([ICON_BYTES, Buffer.from([0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06])]);

    it('in a folder: exit 1, a clear sentence naming the file, nothing written', async () => {
      const src = await folder({ 'apiDefinition.swagger.json': PNG });
      const out = outDir();
      const r = await cli('import', src, '--out', out);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err).toEqual([
        `connector-studio: ${path.join(src, 'apiDefinition.swagger.json')} holds binary data (a NUL character), not text.`,
      ]);
      expect(existsSync(out)).toBe(false);
      const j = await cliJson('import', src, '--out', out);
      expect(j.code).toBe(1);
      expect(j.json.error).toEqual({
        code: 'binary',
        message: `${path.join(src, 'apiDefinition.swagger.json')} holds binary data (a NUL character), not text.`,
      });
    });

    it('as a lone file, and a binary README in a folder', async () => {
      const lone = await file('logo.png', PNG);
      const r = await cli('import', lone, '--out', outDir());
      expect(r.code).toBe(1);
      expect(r.err).toEqual([`connector-studio: ${lone} holds binary data (a NUL character), not text.`]);

      const src = await folder({ 'apiDefinition.swagger.json': DEFINITION_TEXT, 'README.md': PNG });
      const i = await cli('inspect', src);
      expect(i.code).toBe(1);
      expect(i.err).toEqual([`connector-studio: ${path.join(src, 'README.md')} holds binary data (a NUL character), not text.`]);
    });
  });

  it('--json output parses in every case', async () => {
    const good = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES });
    const cases: string[][] = [
      ['inspect', good],
      ['inspect', path.join(tmp, 'missing')],
      ['import', good, '--out', outDir()],
      ['import', good, '--out', good],
      ['import', good],
      ['bogus'],
      [],
    ];
    for (const argv of cases) {
      const r = await cli(...argv, '--json');
      expect(r.err, argv.join(' ')).toEqual([]);
      expect(r.out, argv.join(' ')).toHaveLength(1);
      expect(() => JSON.parse(r.out[0]!), argv.join(' ')).not.toThrow();
    }
  });
});

// ---- the built binary ------------------------------------------------------------------------------

describe('the built binary', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(REPO, 'dist', 'cli.cjs'))) {
      await run(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO });
    }
  }, 120_000);

  it('bin/connector-studio.cjs inspect <dir> --json exits 0 with the summary', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES, 'apiProperties.json': PROPERTIES_BYTES });
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'connector-studio.cjs'), 'inspect', dir, '--json'], {
      cwd: tmp,
    });
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      source: dir,
      title: 'Contoso Items',
      host: 'api.contoso.com',
      auth: 'apiKey',
      operations: { total: 4, actions: 2, webhookTriggers: 1, pollingTriggers: 1 },
    });
  });

  it('exits 1 for a missing folder and 2 for bad usage', async () => {
    const bin = path.join(REPO, 'bin', 'connector-studio.cjs');
    const missing = await run(process.execPath, [bin, 'inspect', path.join(tmp, 'nope'), '--json']).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('not-found');
    const usage = await run(process.execPath, [bin, 'frobnicate']).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--help');
  });
});

describe('validate', () => {
  it('is wired into the CLI: SARIF output, exit code by errors', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION_BYTES });
    const r = await cli('validate', src, '--format', 'sarif');
    const sarif = JSON.parse(r.out.join('\n'));
    expect(sarif.version).toBe('2.1.0');
    expect(Array.isArray(sarif.runs[0].results)).toBe(true);
    const hasErrors = sarif.runs[0].results.some((x: { level: string }) => x.level === 'error');
    expect(r.code).toBe(hasErrors ? 1 : 0);
    const bad = await cli('validate', src, '--format', 'yaml');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/--format must be one of text, json, sarif, junit/);
  });
});
