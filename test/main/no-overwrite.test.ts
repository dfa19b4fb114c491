// Nothing overwritten unasked, nothing lost: `import --out` refuses a folder with a connector unless
// --force and never replaces what it reads (real paths, links); a save keeps modes and links,
// refuses read-only files, and writes all files or none; placeholder secrets stay.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { saveConnectorFiles } from '../../main/services/studio-handlers';

const DEFINITION = JSON.stringify(
  {
    swagger: '2.0',
    info: { title: 'Contoso', version: '1', description: 'Contoso items.' },
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
    securityDefinitions: {
      oauth2: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.contoso.com/authorize',
        tokenUrl: 'https://login.contoso.com/token',
        scopes: {},
      },
    },
  },
  null,
  2,
);
const properties = (secret: string) =>
  `{\n  "properties": {\n    "connectionParameters": {\n      "token": {\n        "type": "oauthSetting",\n        "oAuthSettings": {\n          "identityProvider": "oauth2",\n          "clientId": "abc",\n          "clientSecret": ${JSON.stringify(secret)},\n          "scopes": [],\n          "redirectMode": "Global"\n        }\n      }\n    },\n    "publisher": "Contoso"\n  }\n}\n`;
const OPENAPI3 = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1' },
  servers: [{ url: 'https://pets.example.com' }],
  paths: { '/pets': { get: { operationId: 'ListPets', responses: { '200': { description: 'OK' } } } } },
});

let tmp: string;
let n = 0;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

async function folder(files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, `f${++n}`);
  await fs.mkdir(dir);
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

/** Every file under a folder with its bytes (links as "-> target"), to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, p);
    if (e.isSymbolicLink()) out[rel] = `-> ${await fs.readlink(p)}`;
    else if (e.isFile()) out[rel] = (await fs.readFile(p)).toString('base64');
    else if (e.isDirectory()) out[rel] = 'dir';
  }
  return out;
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-overwrite-')));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('import --out', () => {
  it('refuses a folder that holds connector files unless --force; with it, says what was left', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    const out = await folder({ 'apiDefinition.swagger.json': '{"old": true}', 'script.csx': '// old code', 'notes.txt': 'mine' });
    const before = await snapshot(out);
    const refused = await cli('import', src, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `connector-studio: ${out} already holds connector files (apiDefinition.swagger.json, script.csx); choose an empty or new folder, or add --force to replace them.`,
    ]);
    expect(await snapshot(out)).toEqual(before);

    const forced = await cli('import', src, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(await fs.readFile(path.join(out, 'apiDefinition.swagger.json'), 'utf8')).toBe(DEFINITION);
    expect(forced.err).toContain(`script.csx from the connector that was in ${out} is still there; this connector has no such file.`);
    expect(await fs.readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('an OpenAPI 3 file named apiDefinition.swagger.json imported into its own folder is never replaced, --force or not', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': OPENAPI3 });
    const before = await snapshot(dir);
    const plain = await cli('import', path.join(dir, 'apiDefinition.swagger.json'), '--out', dir);
    expect(plain.code).toBe(1);
    expect(plain.err[0]).toMatch(
      /already holds connector files \(apiDefinition\.swagger\.json\); choose an empty or new folder, or add --force/,
    );
    const forced = await cli('import', path.join(dir, 'apiDefinition.swagger.json'), '--out', dir, '--force');
    expect(forced.code).toBe(1);
    expect(forced.err).toEqual([
      `connector-studio: Writing ${path.join(dir, 'apiDefinition.swagger.json')} would replace a file being imported; choose another --out.`,
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a --out that is a link to the source folder is the source folder', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    const link = path.join(tmp, `link${++n}`);
    await fs.symlink(src, link);
    const before = await snapshot(src);
    for (const flags of [[], ['--force']]) {
      const r = await cli('import', src, '--out', link, ...flags);
      expect(r.code).toBe(1);
      expect(r.err).toEqual([`connector-studio: The output folder ${link} is the source folder; choose another --out.`]);
    }
    expect(await snapshot(src)).toEqual(before);
  });

  it('--force over a folder whose definition is a link elsewhere replaces the link, not what it points to', async () => {
    const src = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    const elsewhere = await folder({ 'precious.json': '{"keep": "me"}' });
    const out = await folder();
    await fs.symlink(path.join(elsewhere, 'precious.json'), path.join(out, 'apiDefinition.swagger.json'));
    const r = await cli('import', src, '--out', out, '--force');
    expect(r.code).toBe(0);
    expect(await fs.readFile(path.join(elsewhere, 'precious.json'), 'utf8')).toBe('{"keep": "me"}');
    expect((await fs.lstat(path.join(out, 'apiDefinition.swagger.json'))).isFile()).toBe(true);
  });
});

describe('placeholder client secrets', () => {
  it.each(['Value-From-Your-App-Registration', 'YourClientSecret', 'client-secret-here', '[[DUMMY]]'])(
    '%j stays byte for byte through import',
    async (placeholder) => {
      const text = properties(placeholder);
      const src = await folder({ 'apiDefinition.swagger.json': DEFINITION, 'apiProperties.json': text });
      const out = path.join(tmp, `out${++n}`);
      const r = await cli('import', src, '--out', out);
      expect(r.code).toBe(0);
      expect(await fs.readFile(path.join(out, 'apiProperties.json'), 'utf8')).toBe(text);
      expect(r.err.join('\n')).not.toMatch(/Removed/);
    },
  );

  it('a real-looking secret is removed, with the warning', async () => {
    const src = await folder({
      'apiDefinition.swagger.json': DEFINITION,
      'apiProperties.json': properties('q8Q~Zx7P2m.VqL5r_tN0wE3kY9sD4fG6hJ1'),
    });
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('import', src, '--out', out);
    expect(r.code).toBe(0);
    expect(await fs.readFile(path.join(out, 'apiProperties.json'), 'utf8')).not.toContain('q8Q~');
    expect(r.err).toContain(
      'Removed the OAuth client secret of "token" from apiProperties.json: secrets are kept in the OS keychain, never in connector files.',
    );
  });
});

describe('a save', () => {
  const file = (text: string) => ({ text, encoding: 'utf-8' as const, bom: false });

  it('keeps each file’s mode', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION, 'apiProperties.json': properties('[[DUMMY]]') });
    await fs.chmod(path.join(dir, 'apiDefinition.swagger.json'), 0o600);
    await fs.chmod(path.join(dir, 'apiProperties.json'), 0o640);
    await saveConnectorFiles(dir, { 'apiDefinition.swagger.json': file(`${DEFINITION}\n`), 'apiProperties.json': file(properties('x-y')) });
    expect((await fs.stat(path.join(dir, 'apiDefinition.swagger.json'))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.join(dir, 'apiProperties.json'))).mode & 0o777).toBe(0o640);
    expect(await fs.readFile(path.join(dir, 'apiDefinition.swagger.json'), 'utf8')).toBe(`${DEFINITION}\n`);
  });

  it('writes through a linked README.md: the link stays, its target changes', async () => {
    const shared = await folder({ 'README.md': '# Old\n' });
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    await fs.symlink(path.join(shared, 'README.md'), path.join(dir, 'README.md'));
    await saveConnectorFiles(dir, { 'README.md': file('# New\n') });
    expect((await fs.lstat(path.join(dir, 'README.md'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(shared, 'README.md'), 'utf8')).toBe('# New\n');
    expect((await fs.readdir(shared)).sort()).toEqual(['README.md']);
  });

  it('refuses a read-only file with a sentence, and changes no other file of the save', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION, 'apiProperties.json': properties('[[DUMMY]]') });
    await fs.chmod(path.join(dir, 'apiProperties.json'), 0o444);
    const before = await snapshot(dir);
    await expect(saveConnectorFiles(dir, { 'apiDefinition.swagger.json': file('{}'), 'apiProperties.json': file('{}') })).rejects.toThrow(
      `Cannot save ${path.join(dir, 'apiProperties.json')}: the file is read-only; make it writable (or save a copy elsewhere) and save again.`,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('that fails on its second file leaves the first as it was, and no temporary file behind', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    // A folder where README.md should be: its rename fails after the definition's succeeded.
    await fs.mkdir(path.join(dir, 'README.md'));
    await fs.writeFile(path.join(dir, 'README.md', 'inside.txt'), 'x');
    const inode = (await fs.stat(path.join(dir, 'apiDefinition.swagger.json'))).ino;
    const before = await snapshot(dir);
    await expect(
      saveConnectorFiles(dir, { 'apiDefinition.swagger.json': file('{"changed": true}'), 'README.md': file('# Readme\n') }),
    ).rejects.toThrow(`Cannot save ${path.join(dir, 'README.md')}: it is a folder, not a file; no file was changed.`);
    expect(await snapshot(dir)).toEqual(before);
    // The very file that was there, not a copy of it.
    expect((await fs.stat(path.join(dir, 'apiDefinition.swagger.json'))).ino).toBe(inode);
  });

  it('a new file of a save is created, and removed again when a later file fails', async () => {
    const dir = await folder({ 'apiDefinition.swagger.json': DEFINITION });
    await fs.mkdir(path.join(dir, 'script.csx'));
    await fs.writeFile(path.join(dir, 'script.csx', 'x'), 'x');
    await expect(saveConnectorFiles(dir, { 'settings.json': file('{}'), 'script.csx': file('// code') })).rejects.toThrow(
      /it is a folder, not a file; no file was changed\.$/,
    );
    expect(existsSync(path.join(dir, 'settings.json'))).toBe(false);
  });
});
