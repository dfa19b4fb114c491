// Only regular files are read: a device, a FIFO (nobody writing) or a socket given to a command,
// or standing in a connector folder under a connector file's name, is refused at once with one
// sentence; and errno codes reach the user as words.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { readRegularFile } from '../../main/services/regular-file';
import { openConnectorFolder } from '../../main/services/studio-handlers';

let tmp: string;
let fifo: string;
let socket: string;
const servers: net.Server[] = [];
const DEFINITION = JSON.stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, host: 'x.example.com', paths: {} });

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-regular-')));
  fifo = path.join(tmp, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  socket = path.join(tmp, 'socket.json');
  await new Promise<void>((resolve) => servers.push(net.createServer().listen(socket, resolve)));
});

afterAll(async () => {
  for (const s of servers) s.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

const NOT_REGULAR = (p: string) =>
  `connector-studio: ${p} is not a regular file (a device, pipe or socket is never read); give a file or a folder.`;

describe('a device, FIFO or socket as the argument', () => {
  it.each([
    ['inspect', '/dev/zero'],
    ['inspect', '/dev/urandom'],
    ['validate', '/dev/zero'],
    ['import', '/dev/zero'],
    ['inspect', 'FIFO'],
    ['validate', 'FIFO'],
    ['import', 'FIFO'],
    ['inspect', 'SOCKET'],
    ['import', 'SOCKET'],
  ])('%s %s: exit 1 at once with one sentence', async (command, given) => {
    const target = given === 'FIFO' ? fifo : given === 'SOCKET' ? socket : given;
    const out = path.join(tmp, 'out');
    const r = await cli(command, target, ...(command === 'import' ? ['--out', out] : []));
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([NOT_REGULAR(target)]);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('diff with /dev/zero on either side: exit 2 naming the side', async () => {
    const folder = path.join(tmp, 'good');
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'apiDefinition.swagger.json'), DEFINITION);
    const r = await cli('diff', folder, '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `connector-studio: new connector: /dev/zero is not a regular file (a device, pipe or socket is never read); give a file or a folder.`,
    ]);
  });
});

describe('a connector folder whose files are not regular files', () => {
  it('a README.md linked to /dev/zero, or a FIFO named apiProperties.json: refused in a sentence, in the CLI and the studio', async () => {
    for (const [name, make] of [
      ['README.md', (p: string) => fs.symlink('/dev/zero', p)],
      ['apiProperties.json', (p: string) => Promise.resolve(void execFileSync('mkfifo', [p]))],
    ] as const) {
      const dir = path.join(tmp, `odd-${name}`);
      await fs.mkdir(dir);
      await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), DEFINITION);
      await make(path.join(dir, name));
      const r = await cli('inspect', dir);
      expect(r.code).toBe(1);
      expect(r.err).toEqual([NOT_REGULAR(path.join(dir, name))]);
      await expect(openConnectorFolder(dir)).rejects.toThrow(`${path.join(dir, name)} is not a regular file`);
    }
  });
});

describe('reading a connector folder', () => {
  it('reads its files at once, but answers as one after the other: the files in their order, or the first error', async () => {
    const dir = path.join(tmp, 'folder-order');
    await fs.mkdir(dir);
    // Named in other cases, as folders in the wild have them.
    const files: [string, string | Buffer][] = [
      ['readme.md', '# T\n'],
      ['ICON.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
      ['settings.json', '{}'],
      ['script.csx', 'public class Script {}'],
      ['ApiProperties.json', '{"properties":{}}'],
      ['apiDefinition.swagger.json', DEFINITION],
    ];
    for (const [name, body] of files) await fs.writeFile(path.join(dir, name), body);
    const read = await readConnectorFolder(dir);
    expect(Object.keys(read)).toEqual(['definition', 'properties', 'script', 'settings', 'readme', 'icon']);
    expect(read.properties?.fileName).toBe('ApiProperties.json');
    expect(Buffer.from(read.script!.bytes).toString()).toBe('public class Script {}');

    // Two files that cannot be read: the one a sequential read meets first is the one reported,
    // however the reads end in time (script.csx is refused at its size, README.md at its kind).
    await fs.writeFile(path.join(dir, 'script.csx'), Buffer.alloc(4 * 1024 * 1024 + 1, 32));
    await fs.rm(path.join(dir, 'readme.md'));
    await fs.symlink('/dev/zero', path.join(dir, 'readme.md'));
    for (let i = 0; i < 5; i++)
      await expect(readConnectorFolder(dir)).rejects.toThrow(
        `${path.join(dir, 'script.csx')} is 4.0 MB, larger than the 4 MB allowed for script.csx.`,
      );
  });
});

describe('reading a connector folder: folders and links under a file’s name', () => {
  it('skips a folder, or a link to one, named like a connector file, and follows a link to a file', async () => {
    const dir = path.join(tmp, 'folder-kinds');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), DEFINITION);
    await fs.mkdir(path.join(dir, 'README.md'));
    await fs.mkdir(path.join(tmp, 'elsewhere'));
    await fs.symlink(path.join(tmp, 'elsewhere'), path.join(dir, 'script.csx'));
    await fs.writeFile(path.join(tmp, 'settings-target.json'), '{"apiKey": 1}');
    await fs.symlink(path.join(tmp, 'settings-target.json'), path.join(dir, 'settings.json'));
    const read = await readConnectorFolder(dir);
    expect(Object.keys(read)).toEqual(['definition', 'settings']);
    expect(Buffer.from(read.settings!.bytes).toString()).toBe('{"apiKey": 1}');
    // A link to nothing is said, as a missing file is.
    await fs.symlink(path.join(tmp, 'nowhere.json'), path.join(dir, 'apiProperties.json'));
    await expect(readConnectorFolder(dir)).rejects.toThrow(path.join(dir, 'apiProperties.json'));
  });
});

describe('errno in words', () => {
  it('a symbolic link loop is a loop, not a missing file', async () => {
    const a = path.join(tmp, 'loop-a');
    const b = path.join(tmp, 'loop-b');
    await fs.symlink(b, a);
    await fs.symlink(a, b);
    for (const command of ['inspect', 'validate']) {
      const r = await cli(command, a);
      expect(r.code).toBe(1);
      expect(r.err).toEqual([`connector-studio: Cannot read ${a}: its path runs into a loop of symbolic links.`]);
    }
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission says permission is denied', async () => {
    const file = path.join(tmp, 'locked.json');
    await fs.writeFile(file, DEFINITION, { mode: 0o000 });
    const r = await cli('inspect', file);
    expect(r.err).toEqual([`connector-studio: Cannot read ${file}: permission is denied (check the file's and its folders' permissions).`]);
  });

  it('a part of the path that is a file', async () => {
    const file = path.join(tmp, 'plain.json');
    await fs.writeFile(file, DEFINITION);
    const r = await cli('inspect', path.join(file, 'x'));
    expect(r.err).toEqual([`connector-studio: Cannot read ${path.join(file, 'x')}: a part of its path is a file, not a folder.`]);
  });
});

describe('readRegularFile', () => {
  it('checks the size on the open handle and refuses past the limit', async () => {
    const file = path.join(tmp, 'big.bin');
    await fs.writeFile(file, Buffer.alloc(2048, 65));
    await expect(readRegularFile(file, { maxBytes: 1024, tooLarge: (n) => `too large: ${n}.` })).rejects.toThrow('too large: 2048.');
    expect((await readRegularFile(file, { maxBytes: 4096, tooLarge: () => 'x' })).length).toBe(2048);
  });
});
