// Side doors: usage errors never repeat a value (it may be a secret), terminal output escapes
// control and bidi characters from the connector, the IPC contract takes only absolute paths, a
// lone definition file is reported under its own name, and YAML gets a sentence from every command.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { absolutePath } from '../../shared/contracts/ipc/channels/common';
import { createDispatcher } from '../../shared/contracts/ipc/dispatch';

const SECRET = 'sk_live_Zx81hQ2pLm77vB';
// ESC ] 52 ; c ; <base64> BEL writes the clipboard; CSI 2J clears the screen; U+202E reverses text.
const HOSTILE_TITLE = 'Items \u001b]52;c;ZXZpbA==\u0007 \u001b[2J \u202eevil\u202c \r\u009b31m';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const definition = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      swagger: '2.0',
      info: { title, version: '1', description: `About ${title}` },
      host: 'api.contoso.com',
      basePath: '/',
      schemes: ['https'],
      paths: { '/items': { get: { operationId: 'ListItems', summary: title, responses: { '200': { description: 'OK' } } } } },
      securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
      ...extra,
    },
    null,
    2,
  );

let tmp: string;
let n = 0;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err, all: [...out, ...err].join('\n') };
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, `f${++n}`);
  await fs.mkdir(dir);
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-doors-')));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('usage errors never repeat a value', () => {
  // One sentence, then the usual pointer to --help.
  const oneSentence = (s: string) =>
    expect(
      s
        .replace(/^connector-studio: /, '')
        .replace(/ Run connector-studio --help for usage\.$/, '')
        .split(/[.;]\s+(?=[A-Z])/),
    ).toHaveLength(1);

  it.each([
    ['a --param without "=", its value left as an argument', ['test', 'DIR', '--param', 'api_key', SECRET]],
    ['an extra argument to inspect', ['inspect', 'DIR', SECRET]],
    ['a third connector to diff', ['diff', 'DIR', 'DIR', SECRET]],
    ['a value where the command goes', [SECRET, 'DIR']],
    ['a value given to a flag that takes none', ['import', 'DIR', '--out', 'OUT', `--report=${SECRET}`]],
    ['a value pasted as an option', ['inspect', 'DIR', `--${SECRET}`]],
    ['a value pasted as an option to test', ['test', 'DIR', `--${SECRET}`]],
  ])('%s: exit 2, one sentence, no value', async (_label, args) => {
    const dir = await folder({ 'apiDefinition.swagger.json': definition('Items') });
    const argv = args.map((a) => (a === 'DIR' ? dir : a === 'OUT' ? path.join(tmp, 'out') : a));
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.all).not.toContain(SECRET);
    expect(r.err).toHaveLength(1);
    oneSentence(r.err[0]!);
    expect(r.err[0]).toMatch(/Run connector-studio --help for usage\.$/);
    const json = await cli(...argv, '--json');
    expect(json.all).not.toContain(SECRET);
  });

  it('a word after the folder given to validate (which takes several) is named by its place: exit 1, the folder still checked', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': definition('Items') });
    for (const format of ['text', 'json']) {
      const r = await cli('validate', dir, SECRET, '--format', format);
      expect(r.code).toBe(1);
      expect(r.all).not.toContain(SECRET);
      expect(r.err).toEqual(['connector-studio: Argument 2 of validate names no file or folder.']);
      if (format === 'text') expect(r.out.at(-1)).toMatch(/^1 connector checked, 0 with errors: 0 errors, /);
      else {
        const [only] = JSON.parse(r.out[0]!).connectors;
        expect(only.connector).toBe(path.relative(process.cwd(), dir).split(path.sep).join('/'));
        expect(only.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
      }
    }
  });
});

describe('terminal output escapes control and bidi characters', () => {
  it('inspect, validate and diff print a hostile title escaped, in text and JSON', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': definition(HOSTILE_TITLE) });
    const other = await folder({ 'apiDefinition.swagger.json': definition(HOSTILE_TITLE, { paths: {} }) });
    for (const argv of [
      ['inspect', dir],
      ['validate', dir],
      ['validate', dir, '--format', 'sarif'],
      ['validate', dir, '--format', 'junit'],
      ['diff', dir, other],
      ['diff', dir, other, '--format', 'json'],
    ]) {
      const r = await cli(...argv);
      expect(r.all, argv.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const text = await cli('inspect', dir);
    expect(text.out[0]).toContain('Items \\u001b]52;c;ZXZpbA==\\u0007 \\u001b[2J \\u202eevil\\u202c \\u000d\\u009b31m');
    // JSON keeps the very string: the escapes are JSON's own.
    const json = await cli('inspect', dir, '--json');
    expect(json.out.join('')).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out[0]!).title).toBe(HOSTILE_TITLE);
  });
});

describe('the IPC contract', () => {
  it('takes only absolute paths', async () => {
    for (const ok of ['/home/me/connector', 'C:\\Users\\me\\connector', 'D:/connectors/x', '\\\\server\\share\\connector']) {
      expect(absolutePath.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['connector', './connector', '../x', 'C:relative', '~/x', '']) {
      expect(absolutePath.safeParse(bad).success, bad).toBe(false);
    }
    const dispatch = createDispatcher(
      createStudioHandlers({ host: 'browser', version: 't', context: { appDataDir: path.join(tmp, 'app-data') } }),
    );
    const reply = await dispatch('openConnector', { dir: 'relative/connector' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'The request to openConnector was refused: path must be absolute (at dir).' },
    });
  });
});

describe('a lone definition file', () => {
  it('validate reports its findings under its own name, never under apiDefinition.swagger.json', async () => {
    // An operation without a summary or description: findings in the definition.
    const dir = await folder({
      'contoso.swagger.json': definition('Items', { paths: { '/items': { get: { responses: { '200': { description: 'OK' } } } } } }),
    });
    const file = path.join(dir, 'contoso.swagger.json');
    const text = await cli('validate', file);
    expect(text.out.join('\n')).toContain(`${file}:`);
    expect(text.out.join('\n')).not.toContain(path.join(dir, 'apiDefinition.swagger.json'));
    const sarif = JSON.parse((await cli('validate', file, '--format', 'sarif')).out[0]!);
    const uris = sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.some((u: string) => u.endsWith('/apiDefinition.swagger.json'))).toBe(false);
    expect(uris.some((u: string) => u.endsWith('/contoso.swagger.json'))).toBe(true);
  });
});

describe('YAML', () => {
  const yaml = 'swagger: "2.0"\ninfo:\n  title: Items\n  version: "1"\nhost: api.contoso.com\npaths: {}\n';

  it.each([['api.yaml'], ['api.yml'], ['yaml-inside.json']])(
    '%s: inspect, validate, diff and test answer with one sentence; import reads it',
    async (name) => {
      const dir = await folder({ [name]: yaml });
      const file = path.join(dir, name);
      const sentence = `${file} is YAML, and a connector definition is JSON: convert it with connector-studio import ${file} --out <folder>, then use the folder.`;
      for (const argv of [
        ['inspect', file],
        ['validate', file],
        ['test', file],
      ]) {
        const r = await cli(...argv);
        expect(r.code, argv[0]).toBe(1);
        expect(r.err).toEqual([`connector-studio: ${sentence}`]);
      }
      const diff = await cli('diff', file, file);
      expect(diff.code).toBe(2);
      expect(diff.err).toEqual([`connector-studio: old connector: ${sentence}`]);
      const imported = await cli('import', file, '--out', path.join(tmp, `out${++n}`));
      expect(imported.code).toBe(0);
    },
  );
});
