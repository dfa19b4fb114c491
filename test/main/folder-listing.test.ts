// The path picker's folder listing, through the real dispatcher (schema included) on real temp
// folders: connectors marked, Import's files only when asked, hidden entries optional, links that
// loop or dangle left out, a FIFO never listed nor opened, a file or a relative path refused in one
// sentence, an unreadable folder named (as nobody when run as root), the listing bounded with a count
// of the rest, and the remembered connectors folder first.
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LISTED } from '../../main/services/folder-listing';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { CONNECTORS_HOME_FILE } from '../../main/services/connectors-home';
import { createDispatcher, type ResponseOf } from '../../shared/contracts/ipc';

let tmp: string;
let appData: string;
let dispatch: ReturnType<typeof createDispatcher>;
type Listing = ResponseOf<'listFolder'>;

async function list(request: Record<string, unknown>): Promise<Listing> {
  const reply = await dispatch('listFolder', request);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Listing;
}

async function refused(request: Record<string, unknown>): Promise<string> {
  const reply = await dispatch('listFolder', request);
  if (reply.ok) throw new Error('listed');
  return reply.error.message;
}

const names = (l: Listing) => l.entries.map((e) => `${e.kind}:${e.name}${e.connector ? '*' : ''}`);

beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'studio-listing-')));
  appData = path.join(tmp, 'app');
  const root = path.join(tmp, 'root');
  await fs.mkdir(path.join(root, 'Petstore'), { recursive: true });
  await fs.writeFile(path.join(root, 'Petstore', 'apiDefinition.swagger.json'), '{}');
  await fs.mkdir(path.join(root, 'notes'));
  await fs.mkdir(path.join(root, '.hidden'));
  await fs.writeFile(path.join(root, 'openapi.yaml'), 'openapi: 3.0.0');
  await fs.writeFile(path.join(root, 'collection.JSON'), '{}');
  await fs.writeFile(path.join(root, 'readme.txt'), 'x');
  execFileSync('mkfifo', [path.join(root, 'pipe.json')]);
  await fs.symlink('loop-b', path.join(root, 'loop-a'));
  await fs.symlink('loop-a', path.join(root, 'loop-b'));
  await fs.symlink(path.join(root, 'nowhere'), path.join(root, 'dangling'));
  await fs.symlink(root, path.join(root, 'self'));
  await fs.symlink(path.join(root, 'Petstore'), path.join(root, 'linked-connector'));
  dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: appData } }));
});

afterAll(async () => {
  await fs.chmod(path.join(tmp, 'root', 'locked'), 0o755).catch(() => undefined);
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('listFolder', () => {
  it('lists subfolders with connectors marked, links followed one level, loops and dangling links left out', async () => {
    const root = path.join(tmp, 'root');
    const listing = await list({ dir: root });
    expect(listing.dir).toBe(root);
    expect(listing.parent).toBe(tmp);
    expect(listing.connector).toBe(false);
    expect(listing.home).toBe(os.homedir());
    // A link back to the folder itself is a folder like any other: one level is listed per call.
    expect(names(listing)).toEqual(['folder:linked-connector*', 'folder:notes', 'folder:Petstore*', 'folder:self']);
    expect(listing.more).toBe(0);
    const inside = await list({ dir: path.join(root, 'self', 'self', 'Petstore') });
    expect(inside.connector).toBe(true);
    expect(inside.dir).toBe(path.join(root, 'self', 'self', 'Petstore'));
  });

  it('lists the files Import accepts when asked, never a FIFO of that name, and hidden entries only when asked', async () => {
    const root = path.join(tmp, 'root');
    const listing = await list({ dir: root, files: true, hidden: true });
    expect(names(listing)).toEqual([
      'folder:.hidden',
      'folder:linked-connector*',
      'folder:notes',
      'folder:Petstore*',
      'folder:self',
      'file:collection.JSON',
      'file:openapi.yaml',
    ]);
  });

  it('refuses a file, a FIFO, a link loop, a missing folder and a relative path in one sentence each', async () => {
    const root = path.join(tmp, 'root');
    expect(await refused({ dir: path.join(root, 'openapi.yaml') })).toBe(`${path.join(root, 'openapi.yaml')} is a file, not a folder.`);
    // stat only: the FIFO is never opened, so nothing waits for a writer.
    expect(await refused({ dir: path.join(root, 'pipe.json') })).toBe(
      `${path.join(root, 'pipe.json')} is a device, pipe or socket, not a folder.`,
    );
    expect(await refused({ dir: path.join(root, 'loop-a') })).toBe(
      `Cannot list ${path.join(root, 'loop-a')}: its path runs into a loop of symbolic links.`,
    );
    expect(await refused({ dir: path.join(root, 'gone') })).toBe(`Cannot list ${path.join(root, 'gone')}: it does not exist.`);
    expect(await refused({ dir: 'root/notes' })).toMatch(/absolute/);
    expect(await refused({ dir: path.join(root, 'notes'), extra: true })).toBeTruthy();
  });

  it('says permission is denied for a folder it cannot read', async () => {
    const locked = path.join(tmp, 'root', 'locked');
    await fs.mkdir(locked);
    await fs.chmod(locked, 0);
    const sentence = `Cannot list ${locked}: permission is denied (check the file's and its folders' permissions).`;
    if (process.getuid?.() !== 0) {
      expect(await refused({ dir: locked })).toBe(sentence);
      return;
    }
    // Root reads any folder: the listing runs as nobody instead, bundled for the system's node
    // (the supported one lives under /root, which nobody cannot enter).
    const bundle = path.join(tmp, 'listing.cjs');
    await build({
      stdin: {
        contents: `require('./folder-listing').listFolder(process.argv[2]).then(() => console.log('listed'), (e) => console.log(e.message));`,
        resolveDir: path.resolve('main/services'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      // jsonc-parser's UMD build requires its parts at run time; its ES build bundles.
      mainFields: ['module', 'main'],
      target: 'node20',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    await fs.chmod(tmp, 0o755);
    await fs.chmod(path.join(tmp, 'root'), 0o755);
    const out = execFileSync(existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath, [bundle, locked], {
      uid: 65534,
      gid: 65534,
      cwd: '/',
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(sentence);
  });

  it('shows at most MAX_LISTED entries and counts the rest', async () => {
    const big = path.join(tmp, 'big');
    await fs.mkdir(big);
    const total = MAX_LISTED + 37;
    await Promise.all(Array.from({ length: total }, (_, i) => fs.mkdir(path.join(big, `d${i}`))));
    const listing = await list({ dir: big });
    expect(listing.entries).toHaveLength(MAX_LISTED);
    expect(listing.more).toBe(37);
    // Numeric order: d2 before d10.
    expect(listing.entries.slice(0, 3).map((e) => e.name)).toEqual(['d0', 'd1', 'd2']);
  });

  it('starts in the remembered connectors folder, else the home folder', async () => {
    const first = await list({});
    expect(first.dir).toBe(path.resolve(os.homedir()));
    expect(first.connectorsHome).toBeUndefined();
    await fs.mkdir(appData, { recursive: true });
    await fs.writeFile(path.join(appData, CONNECTORS_HOME_FILE), JSON.stringify({ version: 1, dir: path.join(tmp, 'root') }));
    const second = await list({});
    expect(second.dir).toBe(path.join(tmp, 'root'));
    expect(second.connectorsHome).toBe(path.join(tmp, 'root'));
  });
});
