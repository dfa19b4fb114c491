// The recent list in <appDataDir>/recent.json: newest first, at most ten, hostile content read
// past, vanished folders marked, entries removable; through the real handlers too.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTORS_HOME_FILE, readConnectorsHome } from '../../main/services/connectors-home';
import { forgetRecent, listRecent, MAX_RECENT, readRecent, RECENT_FILE, recordRecent } from '../../main/services/recent-list';
import { createStudioHandlers } from '../../main/services/studio-handlers';
import { createDispatcher } from '../../shared/contracts/ipc';

let tmp: string;
let appData: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-recent-'));
  appData = path.join(tmp, 'app data');
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function connectorAt(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(
    path.join(dir, 'apiDefinition.swagger.json'),
    JSON.stringify({ swagger: '2.0', info: { title: `Title of ${name}`, version: '1' }, paths: {} }),
  );
  return dir;
}

const writeRaw = async (text: string) => {
  await fs.mkdir(appData, { recursive: true });
  await fs.writeFile(path.join(appData, RECENT_FILE), text);
};

describe('recent list', () => {
  it('starts empty without a file, and creates the app data folder on the first record', async () => {
    expect(await readRecent(appData)).toEqual([]);
    await recordRecent(appData, path.join(tmp, 'a'), 'A');
    expect((await readRecent(appData)).map((e) => e.title)).toEqual(['A']);
  });

  it('keeps the newest ten, newest first, one entry per folder', async () => {
    let t = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < 14; i++) await recordRecent(appData, path.join(tmp, `c${i}`), `C${i}`, new Date((t += 1000)));
    await recordRecent(appData, path.join(tmp, 'c5'), 'C5 again', new Date((t += 1000)));
    const list = await readRecent(appData);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.map((e) => e.title)).toEqual(['C5 again', 'C13', 'C12', 'C11', 'C10', 'C9', 'C8', 'C7', 'C6', 'C4']);
  });

  it('loses nothing when records race', async () => {
    await Promise.all(Array.from({ length: 6 }, (_, i) => recordRecent(appData, path.join(tmp, `r${i}`), `R${i}`)));
    expect((await readRecent(appData)).map((e) => e.title).sort()).toEqual(['R0', 'R1', 'R2', 'R3', 'R4', 'R5']);
  });

  for (const [what, text] of [
    ['not JSON', '{"entries": ['],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['entries not an array', '{"entries": {"dir": "/x"}}'],
    ['binary', '\u0000\u0001\u0002'],
  ] as const) {
    it(`reads a file that is ${what} as an empty list, and replaces it on the next record`, async () => {
      await writeRaw(text);
      expect(await readRecent(appData)).toEqual([]);
      await recordRecent(appData, path.join(tmp, 'x'), 'X');
      expect((await readRecent(appData)).map((e) => e.title)).toEqual(['X']);
    });
  }

  it('drops malformed entries one by one and keeps the good ones', async () => {
    const good = path.join(tmp, 'good');
    await writeRaw(
      JSON.stringify({
        entries: [
          { dir: 'relative/path', openedAt: '2025-01-01T00:00:00Z' },
          { dir: '/with\u0000nul', openedAt: '2025-01-01T00:00:00Z' },
          { dir: '/no-date' },
          { dir: '/bad-date', openedAt: 'yesterday' },
          { dir: '/bad-title', openedAt: '2025-01-01T00:00:00Z', title: { toString: 1 } },
          { dir: `/${'x'.repeat(5000)}`, openedAt: '2025-01-01T00:00:00Z' },
          42,
          null,
          { dir: good, openedAt: '2025-01-02T00:00:00Z', title: 'T'.repeat(1000), prototypeKey: 1 },
          { dir: good, openedAt: '2025-01-01T00:00:00Z', title: 'older duplicate' },
        ],
      }).replace('"prototypeKey":1', '"__proto__":{"polluted":true}'),
    );
    const list = await readRecent(appData);
    expect(list).toHaveLength(1);
    expect(list[0]!.dir).toBe(good);
    expect(list[0]!.title).toHaveLength(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a recent.json that is far too large or is a folder', async () => {
    await writeRaw(JSON.stringify({ entries: [{ dir: '/a', openedAt: '2025-01-01T00:00:00Z' }], pad: 'x'.repeat(300 * 1024) }));
    expect(await readRecent(appData)).toEqual([]);
    await fs.rm(path.join(appData, RECENT_FILE));
    await fs.mkdir(path.join(appData, RECENT_FILE));
    expect(await readRecent(appData)).toEqual([]);
  });

  it('marks folders that vanished or no longer hold a connector, and forgets them on request', async () => {
    const kept = await connectorAt('kept');
    const gone = await connectorAt('gone');
    const emptied = await connectorAt('emptied');
    for (const dir of [gone, emptied, kept]) await recordRecent(appData, dir, path.basename(dir));
    await fs.rm(gone, { recursive: true });
    await fs.rm(path.join(emptied, 'apiDefinition.swagger.json'));
    const list = await listRecent(appData);
    expect(list.map((e) => [path.basename(e.dir), e.missing])).toEqual([
      ['kept', undefined],
      ['emptied', 'The folder no longer holds apiDefinition.swagger.json.'],
      ['gone', 'The folder no longer exists.'],
    ]);
    await forgetRecent(appData, gone);
    expect((await readRecent(appData)).map((e) => path.basename(e.dir))).toEqual(['kept', 'emptied']);
  });

  it('is kept by opening through the handlers, with the definition title (even from a broken file)', async () => {
    const dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: appData } }));
    const a = await connectorAt('a');
    const broken = path.join(tmp, 'broken');
    await fs.mkdir(broken);
    await fs.writeFile(
      path.join(broken, 'apiDefinition.swagger.json'),
      '{ "swagger": "2.0", "info": { "title": "Still named", }, "paths": {} ',
    );
    expect((await dispatch('openConnector', { dir: a })).ok).toBe(true);
    expect((await dispatch('openConnector', { dir: broken })).ok).toBe(true);
    const reply = await dispatch('recentConnectors', {});
    expect(reply.ok && (reply.value as { entries: { title?: string }[] }).entries.map((e) => e.title)).toEqual([
      'Still named',
      'Title of a',
    ]);
    const forgotten = await dispatch('forgetRecentConnector', { dir: broken });
    expect(forgotten.ok && (forgotten.value as { entries: { title?: string }[] }).entries.map((e) => e.title)).toEqual(['Title of a']);
    // An app data folder that cannot be written never stops a connector from opening.
    await fs.rm(appData, { recursive: true });
    await fs.writeFile(appData, 'a file where the folder should be');
    expect((await dispatch('openConnector', { dir: a })).ok).toBe(true);
  });

  it('remembers the folder a connector was created in (not one only opened), and reads a hostile file as none', async () => {
    const dispatch = createDispatcher(createStudioHandlers({ host: 'browser', version: 'test', context: { appDataDir: appData } }));
    const home = path.join(tmp, 'My connectors');
    await fs.mkdir(home);
    const created = await dispatch('createConnector', { dir: path.join(home, 'Contoso'), template: 'blank', title: 'Contoso' });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect((await dispatch('openConnector', { dir: await connectorAt('elsewhere/a') })).ok).toBe(true);
    const reply = await dispatch('recentConnectors', {});
    expect(reply.ok && (reply.value as { connectorsHome?: string }).connectorsHome).toBe(home);
    for (const text of ['{"dir": "relative/path"}', '{"dir": 7}', 'not json', `{"dir": ${JSON.stringify(path.join(tmp, 'gone'))}}`]) {
      await fs.writeFile(path.join(appData, CONNECTORS_HOME_FILE), text);
      expect(await readConnectorsHome(appData)).toBeUndefined();
    }
  });
});
