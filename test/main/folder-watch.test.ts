// Noticing files changed on disk by another program, through the real handlers: our own saves are
// never reported, a rewrite with the same text is no change, edits, deletions and new files are.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { createDispatcher, type DiskChange, type Fingerprints, type OpenedConnector } from '../../shared/contracts/ipc';

let tmp: string;
let dir: string;
let dispatch: ReturnType<typeof createDispatcher>;
const DEF = 'apiDefinition.swagger.json';
const PROPS = 'apiProperties.json';
const definition = (title: string) => `${JSON.stringify({ swagger: '2.0', info: { title, version: '1' }, paths: {} }, null, 2)}\n`;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-watch-'));
  dir = path.join(tmp, 'connector');
  await fs.mkdir(dir);
  await fs.writeFile(path.join(dir, DEF), definition('First'));
  dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: path.join(tmp, 'app') } }));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const reply = await dispatch(channel, payload);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}

const check = async (known: Fingerprints) => (await call<{ changes: DiskChange[] }>('checkConnectorChanges', { dir, known })).changes;

describe('checkConnectorChanges', () => {
  it('reports nothing after open, nor after our own save; reports another program’s edit with its text', async () => {
    const opened = await call<OpenedConnector>('openConnector', { dir });
    let known: Fingerprints = { ...opened.fingerprints };
    expect(known[DEF]).toBeTruthy();
    expect(await check(known)).toEqual([]);

    const saved = await call<{ written: string[]; fingerprints: Fingerprints }>('saveConnector', {
      dir,
      files: { [DEF]: { text: definition('Saved by us'), encoding: 'utf-8', bom: false } },
    });
    known = { ...known, ...saved.fingerprints };
    expect(await check(known)).toEqual([]);

    await fs.writeFile(path.join(dir, DEF), definition('Edited elsewhere'));
    const changes = await check(known);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      name: DEF,
      state: 'changed',
      file: { text: definition('Edited elsewhere'), encoding: 'utf-8', bom: false },
    });
    // Once the renderer knows the new fingerprint (reloaded, or kept its own), it is quiet again.
    expect(await check({ ...known, [DEF]: changes[0]!.fingerprint! })).toEqual([]);
  });

  it('takes a rewrite with the same text (here: a byte-order mark added) as no change', async () => {
    const opened = await call<OpenedConnector>('openConnector', { dir });
    await fs.writeFile(path.join(dir, DEF), `\ufeff${definition('First')}`);
    expect(await check({ ...opened.fingerprints })).toEqual([]);
  });

  it('reports a deleted file, a new one, and one that is no longer text (with a fingerprint to silence it)', async () => {
    const opened = await call<OpenedConnector>('openConnector', { dir });
    const known = { ...opened.fingerprints };
    await fs.writeFile(path.join(dir, PROPS), '{ "properties": {} }\n');
    const added = await check(known);
    expect(added.map((c) => [c.name, c.state])).toEqual([[PROPS, 'added']]);

    await fs.rm(path.join(dir, DEF));
    expect((await check(known)).map((c) => [c.name, c.state])).toEqual([
      [DEF, 'deleted'],
      [PROPS, 'added'],
    ]);

    await fs.writeFile(path.join(dir, DEF), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const binary = (await check(known)).find((c) => c.name === DEF)!;
    expect(binary.state).toBe('changed');
    expect(binary.file).toBeUndefined();
    expect(binary.problem).toMatch(/apiDefinition\.swagger\.json/);
    expect((await check({ ...known, [DEF]: binary.fingerprint! })).filter((c) => c.name === DEF)).toEqual([]);
  });

  it('reports every known file as deleted when the folder vanished', async () => {
    const opened = await call<OpenedConnector>('openConnector', { dir });
    await fs.rm(dir, { recursive: true });
    expect((await check({ ...opened.fingerprints })).map((c) => [c.name, c.state])).toEqual([[DEF, 'deleted']]);
  });

  it('sees a change that keeps size and inode (an in-place rewrite)', async () => {
    const opened = await call<OpenedConnector>('openConnector', { dir });
    const known = { ...opened.fingerprints };
    expect(await check(known)).toEqual([]);
    const handle = await fs.open(path.join(dir, DEF), 'r+');
    await handle.write(definition('Secnd'), 0);
    await handle.close();
    expect((await check(known)).map((c) => c.file?.text)).toEqual([definition('Secnd')]);
  });
});
