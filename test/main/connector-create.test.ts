// New connectors, imports and package exports through the real dispatcher and handlers, on real
// temporary folders, with the app data folder (recent list) in a temporary folder too.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Envelope, type ImportedConnector, type ResponseOf } from '../../shared/contracts/ipc';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { CORPUS_DIR } from '../support/corpus';

let tmp: string;
let appDataDir: string;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-create-'));
  appDataDir = path.join(tmp, 'app-data');
  dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir } }));
});

afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function ok<C extends Parameters<typeof dispatch>[0] & string>(channel: C, payload: unknown): Promise<any> {
  const reply = await dispatch(channel, payload);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

async function failure(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const reply = (await dispatch(channel, payload)) as Envelope<unknown>;
  if (reply.ok) throw new Error(`${channel} succeeded but should have failed`);
  return reply.error;
}

const POSTMAN = path.join(CORPUS_DIR, 'postman', 'gothinkster+realworld', 'api__Conduit.postman_collection.json');
const HAVE_POSTMAN = existsSync(POSTMAN);
if (!HAVE_POSTMAN) console.warn(`[corpus] ${POSTMAN} is absent: the Postman import tests are skipped.`);

describe('createConnector', () => {
  it('writes a new folder from the API key template and opens it', async () => {
    const dir = path.join(tmp, 'Contoso');
    const opened = (await ok('createConnector', {
      dir,
      template: 'api-key',
      title: 'Contoso Tickets',
      host: 'https://api.contoso.com/v2',
    })) as ResponseOf<'createConnector'>;
    expect(opened.dir).toBe(dir);
    expect((await fs.readdir(dir)).sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json']);
    const definition = JSON.parse(opened.files['apiDefinition.swagger.json']!.text);
    expect(definition.info.title).toBe('Contoso Tickets');
    expect(definition.host).toBe('api.contoso.com');
    expect(definition.securityDefinitions.api_key).toEqual({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(JSON.parse(opened.files['apiProperties.json']!.text).properties.connectionParameters.api_key.type).toBe('securestring');
    // What was written is what was opened, and its fingerprints are known.
    expect(await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).toBe(opened.files['apiDefinition.swagger.json']!.text);
    expect(Object.keys(opened.fingerprints ?? {}).sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json']);
    const recent = (await ok('recentConnectors', {})) as ResponseOf<'recentConnectors'>;
    expect(recent.entries.map((e) => [e.dir, e.title])).toEqual([[dir, 'Contoso Tickets']]);
  });

  it('writes into an existing folder that holds no connector files', async () => {
    const dir = path.join(tmp, 'repo');
    await fs.mkdir(path.join(dir, '.git'), { recursive: true });
    await fs.writeFile(path.join(dir, 'notes.txt'), 'keep me');
    await ok('createConnector', { dir, template: 'blank', title: 'Blank' });
    expect(await fs.readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(path.join(dir, 'apiDefinition.swagger.json'))).toBe(true);
  });

  it('refuses a folder that already holds a connector, and leaves it as it was', async () => {
    const dir = path.join(tmp, 'existing');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'ApiProperties.json'), '{"mine":true}');
    const error = await failure('createConnector', { dir, template: 'basic', title: 'X' });
    expect(error.code).toBe('folder-has-connector');
    expect(error.message).toContain('ApiProperties.json');
    expect(await fs.readdir(dir)).toEqual(['ApiProperties.json']);
    expect(await fs.readFile(path.join(dir, 'ApiProperties.json'), 'utf8')).toBe('{"mine":true}');
  });

  it('refuses a file, a folder whose parent is missing, an unknown template and an empty title', async () => {
    const file = path.join(tmp, 'a-file');
    await fs.writeFile(file, 'x');
    expect((await failure('createConnector', { dir: file, template: 'blank', title: 'X' })).code).toBe('not-a-folder');
    const deep = path.join(tmp, 'no', 'such', 'parent');
    const noParent = await failure('createConnector', { dir: deep, template: 'blank', title: 'X' });
    expect(noParent.code).toBe('no-parent');
    expect(existsSync(path.join(tmp, 'no'))).toBe(false);
    expect((await failure('createConnector', { dir: path.join(tmp, 'n'), template: 'saml', title: 'X' })).code).toBe('invalid-request');
    expect((await failure('createConnector', { dir: path.join(tmp, 'n'), template: 'blank', title: '   ' })).code).toBe('invalid-request');
  });
});

describe('importConnector', () => {
  it.skipIf(!HAVE_POSTMAN)('imports a Postman collection by path into a new folder and opens it, with the importer notes', async () => {
    const dir = path.join(tmp, 'Conduit');
    const reply = (await ok('importConnector', { source: { kind: 'path', path: POSTMAN }, dir })) as ImportedConnector;
    expect(reply.format).toBe('postman');
    expect(reply.connector.dir).toBe(dir);
    const definition = JSON.parse(reply.connector.files['apiDefinition.swagger.json']!.text);
    expect(definition.swagger).toBe('2.0');
    expect(definition.info.title).toBe('Conduit');
    const ids = Object.values(definition.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    expect(ids).toContain('Login');
    expect(reply.notes.some((n) => n.code === 'ScriptNotImported' && n.kind === 'loss')).toBe(true);
    expect((await fs.readdir(dir)).sort()).toEqual(['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']);
    const recent = (await ok('recentConnectors', {})) as ResponseOf<'recentConnectors'>;
    expect(recent.entries[0]).toMatchObject({ dir, title: 'Conduit' });
  });

  it.skipIf(!HAVE_POSTMAN)('imports dropped bytes the same way as the file they came from', async () => {
    const bytes = await fs.readFile(POSTMAN);
    const byPath = (await ok('importConnector', {
      source: { kind: 'path', path: POSTMAN },
      dir: path.join(tmp, 'a'),
    })) as ImportedConnector;
    const dropped = (await ok('importConnector', {
      source: { kind: 'content', name: 'api__Conduit.postman_collection.json', base64: bytes.toString('base64') },
      dir: path.join(tmp, 'b'),
    })) as ImportedConnector;
    expect(dropped.connector.files['apiDefinition.swagger.json']!.text).toBe(byPath.connector.files['apiDefinition.swagger.json']!.text);
    // By path, the report also names the file read (by its real path: the corpus may sit behind a
    // link); a dropped file has no path to name.
    expect(byPath.notes.filter((n) => n.code === 'FileRead').map((n) => n.message)).toEqual([
      expect.stringContaining(await fs.realpath(POSTMAN)),
    ]);
    expect(dropped.notes).toEqual(byPath.notes.filter((n) => n.code !== 'FileRead'));
  });

  it('imports an OpenAPI 3 YAML file dropped, and names the dropped file (never a temporary copy) when it is not one', async () => {
    const yaml =
      'openapi: 3.0.3\ninfo:\n  title: Pets\n  version: "1"\nservers:\n  - url: https://pets.example.com/v1\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        "200":\n          description: OK\n';
    const reply = (await ok('importConnector', {
      source: { kind: 'content', name: 'pets.yaml', base64: Buffer.from(yaml).toString('base64') },
      dir: path.join(tmp, 'pets'),
    })) as ImportedConnector;
    expect(reply.format).toBe('openapi3');
    expect(JSON.parse(reply.connector.files['apiDefinition.swagger.json']!.text).host).toBe('pets.example.com');

    const bad = await failure('importConnector', {
      source: { kind: 'content', name: 'notes.json', base64: Buffer.from('{"hello": "world"}').toString('base64') },
      dir: path.join(tmp, 'bad'),
    });
    expect(bad.message).toContain('notes.json');
    expect(bad.message).not.toContain(os.tmpdir());
    expect(existsSync(path.join(tmp, 'bad'))).toBe(false);
  });

  it('refuses a target that holds a connector before reading the source, and a missing source', async () => {
    const dir = path.join(tmp, 'taken');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), '{}');
    expect((await failure('importConnector', { source: { kind: 'path', path: path.join(tmp, 'none.json') }, dir })).code).toBe(
      'folder-has-connector',
    );
    const missing = await failure('importConnector', {
      source: { kind: 'path', path: path.join(tmp, 'none.json') },
      dir: path.join(tmp, 'new'),
    });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('none.json');
  });

  it('refuses dropped content over the size limit at the boundary', async () => {
    const huge = 'A'.repeat(Math.ceil((16 * 1024 * 1024 * 4) / 3) + 8);
    expect(
      (await failure('importConnector', { source: { kind: 'content', name: 'big.json', base64: huge }, dir: path.join(tmp, 'big') })).code,
    ).toBe('invalid-request');
  });
});

describe('exportPackage', () => {
  it('writes the package with the edited texts, generated files and no secret; replaces an earlier package only when asked', async () => {
    const dir = path.join(tmp, 'Source');
    const opened = (await ok('createConnector', { dir, template: 'oauth2', title: 'Fabrikam' })) as ResponseOf<'createConnector'>;
    const properties = JSON.parse(opened.files['apiProperties.json']!.text);
    properties.properties.connectionParameters.token.oAuthSettings.clientSecret = 'sup3r-s3cret-value';
    const edited = { 'apiProperties.json': { text: `${JSON.stringify(properties, null, 2)}\n`, encoding: 'utf-8', bom: false } };
    const target = path.join(tmp, 'package');
    const result = (await ok('exportPackage', { dir, target, files: edited })) as ResponseOf<'exportPackage'>;
    expect(result.written.sort()).toEqual(['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']);
    const written = await fs.readFile(path.join(target, 'apiProperties.json'), 'utf8');
    expect(written).not.toContain('sup3r-s3cret-value');
    expect(result.report.some((r) => r.action === 'secret-removed')).toBe(true);
    expect(JSON.parse(await fs.readFile(path.join(target, 'settings.json'), 'utf8')).apiDefinition).toBe('apiDefinition.swagger.json');
    // The source folder itself is untouched.
    expect((await fs.readdir(dir)).sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json']);

    expect((await failure('exportPackage', { dir, target })).code).toBe('target-has-connector');
    await ok('exportPackage', { dir, target, overwrite: true });
    expect((await failure('exportPackage', { dir, target: dir, overwrite: true })).code).toBe('same-folder');
  });
});
