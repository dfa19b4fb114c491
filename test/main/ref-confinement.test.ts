// External `$ref`s are followed only to regular files under the description's folder (or
// --ref-root), by real paths; everything else is refused with one sentence that says nothing about
// the target, and no byte of it reaches the connector. Real files, links, a FIFO and a socket.
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { importIntoFolder } from '../../main/services/connector-create-import';
import { createRefReader } from '../../main/services/ref-confinement';
import { runHeavyJob } from '../../main/services/heavy-jobs';
import { RefRefusedError } from '../../shared/engines/import/ref-bundler';

const PRIVATE = 'PRIVATE-7f3a9c-do-not-copy';
const REFUSAL =
  /^The reference "[^"]*" was not followed: only regular files in the description's folder and below it are read, never hidden folders such as \.ssh \(name another folder with --ref-root\)\.$/;

let tmp: string;
let specs: string;
let n = 0;
const servers: net.Server[] = [];

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err, json: argv.includes('--json') && out.length === 1 ? JSON.parse(out[0]!) : undefined };
}

/** An OpenAPI 3 description whose one response schema is `$ref: ref`. */
function description(ref: string): string {
  return [
    'openapi: 3.0.3',
    'info: { title: Pets, version: "1" }',
    'servers: [{ url: "https://api.example.com" }]',
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: ListPets',
    '      responses:',
    '        "200":',
    '          description: OK',
    '          content:',
    `            application/json: { schema: { $ref: ${JSON.stringify(ref)} } }`,
    '',
  ].join('\n');
}

async function writeSpec(ref: string, dir = specs): Promise<string> {
  const file = path.join(dir, `api${++n}.yaml`);
  await fs.writeFile(file, description(ref));
  return file;
}

/** Everything under a folder, as one string: what a leak test searches. */
async function allBytes(dir: string): Promise<string> {
  if (!existsSync(dir)) return '';
  const parts: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) parts.push(await fs.readFile(path.join(e.parentPath, e.name), 'latin1'));
  }
  return parts.join('\n');
}

async function importRef(ref: string, ...flags: string[]) {
  const out = path.join(tmp, `out${++n}`);
  const source = await writeSpec(ref);
  const r = await cli('import', source, '--out', out, '--json', ...flags);
  const conversion = (r.json?.conversion ?? []) as { code: string; message: string }[];
  const everything = [...r.out, ...r.err, await allBytes(out)].join('\n');
  return { ...r, source, out, conversion, refused: conversion.filter((c) => c.code === 'ExternalRefRefused'), everything };
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-refs-')));
  specs = path.join(tmp, 'specs');
  await fs.mkdir(path.join(specs, 'schemas'), { recursive: true });
  await fs.writeFile(path.join(specs, 'schemas', 'pet.yaml'), 'Pet:\n  type: object\n  properties:\n    name: { type: string }\n');
  // Private files beside the specs folder, as JSON and YAML mappings the importer would happily embed.
  await fs.writeFile(path.join(tmp, 'private.json'), JSON.stringify({ token: PRIVATE, Pet: { type: 'object', description: PRIVATE } }));
  await fs.mkdir(path.join(tmp, '.kube'));
  await fs.writeFile(path.join(tmp, '.kube', 'config'), `apiVersion: v1\nusers:\n  - name: me\n    token: ${PRIVATE}\n`);
  // Links inside the specs folder that lead out of it.
  await fs.symlink(path.join(tmp, 'private.json'), path.join(specs, 'link-out.json'));
  await fs.symlink(path.join(tmp, 'missing.json'), path.join(specs, 'link-nowhere.json'));
  await fs.symlink(tmp, path.join(specs, 'up'));
  await fs.symlink('/dev/zero', path.join(specs, 'zero.json'));
  await fs.symlink(path.join(specs, 'loop-b.json'), path.join(specs, 'loop-a.json'));
  await fs.symlink(path.join(specs, 'loop-a.json'), path.join(specs, 'loop-b.json'));
  execFileSync('mkfifo', [path.join(specs, 'fifo.json')]);
  const socket = path.join(specs, 'socket.json');
  await new Promise<void>((resolve) => {
    const server = net.createServer().listen(socket, resolve);
    servers.push(server);
  });
});

afterAll(async () => {
  for (const s of servers) s.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('import follows references inside the description folder', () => {
  it('a relative reference into a subfolder is bundled, and the file is listed as read', async () => {
    const r = await importRef('schemas/pet.yaml#/Pet');
    expect(r.code).toBe(0);
    expect(r.refused).toEqual([]);
    const def = JSON.parse(await fs.readFile(path.join(r.out, 'apiDefinition.swagger.json'), 'utf8'));
    expect(def.definitions.Pet.properties.name.type).toBe('string');
    expect(r.json.filesRead.map((f: { path: string }) => f.path)).toEqual([r.source, path.join(specs, 'schemas', 'pet.yaml')]);
  });

  it('without --json, a reference not followed is said on stderr in its sentence, and the exit is 1', async () => {
    const r = await cli('import', await writeSpec('../private.json#/Pet'), '--out', path.join(tmp, `out${++n}`));
    expect(r.code).toBe(1);
    expect(r.err.filter((l) => REFUSAL.test(l))).toEqual([
      'The reference "../private.json#/Pet" was not followed: only regular files in the description\'s folder and below it are read, never hidden folders such as .ssh (name another folder with --ref-root).',
    ]);
    expect(r.err.join('\n')).not.toContain(PRIVATE);
  });

  it('without --json, a file a reference reached is named on stderr; --report lists every file read', async () => {
    const src = await writeSpec('schemas/pet.yaml#/Pet');
    const plain = await cli('import', src, '--out', path.join(tmp, `out${++n}`));
    expect(plain.code).toBe(0);
    expect(plain.err).toContain(`Read ${path.join(specs, 'schemas', 'pet.yaml')}, which a reference points to.`);
    const report = await cli('import', src, '--out', path.join(tmp, `out${++n}`), '--report');
    const read = report.out.filter((l) => l.includes('FileRead'));
    expect(read).toHaveLength(2);
    expect(read[0]).toContain(src);
    expect(read[1]).toContain(path.join(specs, 'schemas', 'pet.yaml'));
  });
});

describe('references that leave the folder are refused with the same sentence, and nothing of the target is copied', () => {
  it.each([
    ['a relative path out of the folder', '../private.json#/Pet'],
    ['the same path, to a file that does not exist', '../no-such-file.json#/Pet'],
    ['an absolute path', '{TMP}/private.json#/Pet'],
    ['an absolute path inside the folder itself', '{SPECS}/schemas/pet.yaml#/Pet'],
    ['a file: URL', 'file://{TMP}/private.json#/Pet'],
    ['a link inside the folder to a file outside it', 'link-out.json#/Pet'],
    ['a link inside the folder to nothing outside it', 'link-nowhere.json#/Pet'],
    ['a linked folder that leads up', 'up/private.json#/Pet'],
    ['a hidden credentials folder reached through a link', 'up/.kube/config'],
    ['a link to /dev/zero', 'zero.json#/Pet'],
    ['a FIFO', 'fifo.json#/Pet'],
    ['a socket', 'socket.json#/Pet'],
    ['a deep climb', '../../../../../../../../../../etc/passwd'],
  ])('%s', async (_label, ref) => {
    // The folders exist only once beforeAll ran.
    const written = ref.replace('{TMP}', tmp).replace('{SPECS}', specs);
    const r = await importRef(written);
    expect(r.code).toBe(1);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]!.message).toMatch(REFUSAL);
    expect(r.refused[0]!.message).toContain(`"${written}"`);
    expect(r.everything).not.toContain(PRIVATE);
    expect(r.json.filesRead).toHaveLength(1);
  });

  it('a missing file and an existing one outside the folder read the same, but for the reference', async () => {
    const a = (await importRef('../private.json#/Pet')).refused[0]!.message;
    const b = (await importRef('../no-such-file.json#/Pet')).refused[0]!.message;
    expect(a.replace('../private.json', 'X')).toBe(b.replace('../no-such-file.json', 'X'));
  });

  it('a loop of links inside the folder is named as a loop, not as a missing file', async () => {
    const r = await importRef('loop-a.json#/Pet');
    const unreadable = r.conversion.filter((c) => c.code === 'ExternalRefUnreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.message).toMatch(/loop of symbolic links$/);
    expect(unreadable[0]!.message).not.toMatch(/does not exist|ELOOP/);
  });

  it('a missing file inside the folder is said to be missing', async () => {
    const r = await importRef('schemas/gone.yaml#/Pet');
    const unreadable = r.conversion.filter((c) => c.code === 'ExternalRefUnreadable');
    expect(unreadable[0]!.message).toMatch(/could not be read: it does not exist$/);
  });
});

describe('--ref-root', () => {
  it('widens the root to a folder the user names: the file beside the specs folder is read and listed', async () => {
    const r = await importRef('../private.json#/Pet', '--ref-root', tmp);
    expect(r.code).toBe(0);
    expect(r.refused).toEqual([]);
    expect(r.json.filesRead.map((f: { path: string }) => f.path)).toContain(path.join(tmp, 'private.json'));
  });

  it('still refuses hidden credential folders inside it', async () => {
    const r = await importRef('../.kube/config', '--ref-root', tmp);
    expect(r.refused).toHaveLength(1);
    expect(r.everything).not.toContain(PRIVATE);
  });

  it('a --ref-root that does not exist: exit 1, one sentence, nothing written', async () => {
    const out = path.join(tmp, `out${++n}`);
    const r = await cli('import', await writeSpec('schemas/pet.yaml#/Pet'), '--out', out, '--ref-root', path.join(tmp, 'nope'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`connector-studio: ${path.join(tmp, 'nope')} does not exist.`]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the home folder', () => {
  it("hidden folders of the home folder are refused even when the description lives in the home folder; the root's own hidden parent is not", async () => {
    const home = path.join(tmp, 'home');
    await fs.mkdir(path.join(home, '.kube'), { recursive: true });
    await fs.mkdir(path.join(home, 'projects', '.git'), { recursive: true });
    await fs.mkdir(path.join(home, '.local', 'specs'), { recursive: true });
    await fs.writeFile(path.join(home, '.kube', 'config'), `token: ${PRIVATE}\n`);
    await fs.writeFile(path.join(home, 'projects', '.git', 'config'), `url: https://me:${PRIVATE}@example.com\n`);
    await fs.writeFile(path.join(home, 'projects', 'pet.yaml'), 'type: object\n');
    await fs.writeFile(path.join(home, '.local', 'specs', 'pet.yaml'), 'type: object\n');
    const limits = { maxFileBytes: 1 << 20, maxTotalBytes: 1 << 20, homeDir: home };
    const inHome = await createRefReader({ root: home, ...limits });
    const url = (p: string) => `file://${path.join(home, p)}`;
    await expect(inHome.read(url('.kube/config'), '.kube/config')).rejects.toBeInstanceOf(RefRefusedError);
    await expect(inHome.read(url('projects/.git/config'), 'projects/.git/config')).rejects.toBeInstanceOf(RefRefusedError);
    await expect(inHome.read(url('projects/pet.yaml'), 'projects/pet.yaml')).resolves.toBe('type: object\n');
    const inHidden = await createRefReader({ root: path.join(home, '.local', 'specs'), ...limits });
    await expect(inHidden.read(url('.local/specs/pet.yaml'), 'pet.yaml')).resolves.toBe('type: object\n');
    expect(inHome.filesRead.map((f) => f.path)).toEqual([path.join(home, 'projects', 'pet.yaml')]);
  });
});

describe('a dropped file (content without a path)', () => {
  it('follows no external reference, even one that would resolve beside it', async () => {
    const spec = description('schemas/pet.yaml#/Pet').replace('schemas/pet.yaml', path.join(tmp, 'private.json'));
    const target = path.join(tmp, `dropped${++n}`);
    const result = await importIntoFolder({ kind: 'content', name: 'api.yaml', base64: Buffer.from(spec).toString('base64') }, target);
    const refused = result.notes.filter((note) => note.code === 'ExternalRefRefused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toMatch(
      /^The reference "[^"]+" was not followed: a dropped file comes without its folder, so it follows no reference to another file \(import it by its path to include them\)\.$/,
    );
    expect(result.notes.filter((note) => note.code === 'FileRead')).toEqual([]);
    expect(await allBytes(target)).not.toContain(PRIVATE);
  });
});

describe('the studio: references out of the folder refuse the import and name the folder that would reach them', () => {
  const job = (file: string, dir: string, refRoot?: string) =>
    runHeavyJob({ kind: 'import', source: { kind: 'path', path: file }, dir, ...(refRoot !== undefined ? { refRoot } : {}) });

  it('asks about the nearest folder that holds them, writes nothing, and with that root imports and lists the file', async () => {
    const api = path.join(tmp, 'project', 'api');
    await fs.mkdir(path.join(tmp, 'project', 'common'), { recursive: true });
    await fs.mkdir(api, { recursive: true });
    await fs.writeFile(path.join(tmp, 'project', 'common', 'pet.yaml'), 'Pet:\n  type: object\n  properties:\n    tag: { type: string }\n');
    const source = await writeSpec('../common/pet.yaml#/Pet', api);
    const target = path.join(tmp, `studio${++n}`);
    const asked = await job(source, target);
    expect(asked).toEqual({
      widerRoot: {
        folder: path.join(tmp, 'project'),
        references: ['../common/pet.yaml#/Pet'],
        message: `${source} refers to files outside its folder ("../common/pet.yaml#/Pet"); allow references under ${path.join(tmp, 'project')} to import them.`,
      },
    });
    expect(existsSync(target)).toBe(false);

    const imported = await job(source, target, path.join(tmp, 'project'));
    expect('connector' in imported && imported.notes.filter((note) => note.code === 'FileRead').map((note) => note.message)).toEqual([
      expect.stringContaining(source),
      expect.stringContaining(path.join(tmp, 'project', 'common', 'pet.yaml')),
    ]);
    expect(await allBytes(target)).toContain('"tag"');
  });

  it('never asks for absolute paths, credential folders or the top of the disk: those stay refused references', async () => {
    for (const ref of [path.join(tmp, 'private.json'), '../.kube/config', `${'../'.repeat(30)}etc/hosts`]) {
      const target = path.join(tmp, `studio${++n}`);
      const result = await job(await writeSpec(ref), target);
      expect('connector' in result && result.notes.filter((note) => note.code === 'ExternalRefRefused')).toHaveLength(1);
      expect(await allBytes(target)).not.toContain(PRIVATE);
    }
  });

  it('a root the user allows still refuses what leads out of it by a link, and the top of the disk is never a root', async () => {
    const target = path.join(tmp, `studio${++n}`);
    const linked = await job(await writeSpec('up/private.json#/Pet'), target, specs);
    expect('connector' in linked && linked.notes.filter((note) => note.code === 'ExternalRefRefused')).toHaveLength(1);
    expect(await allBytes(target)).not.toContain(PRIVATE);
    const top = await job(await writeSpec('schemas/pet.yaml#/Pet'), path.join(tmp, `studio${++n}`), path.parse(tmp).root).catch(
      (err: Error) => err.message,
    );
    expect(top).toBe(
      `References may not reach everything under ${path.parse(tmp).root}; name a folder that holds the description's files.`,
    );
  });
});
