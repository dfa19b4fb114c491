// The Test tab's trigger store without a browser, against the real main-side handlers (through the
// contract's dispatcher) and a real trigger API on 127.0.0.1 (test/support/trigger-api-server.ts):
// listening, notifications fetched after the last one, stopping with the subscription deleted;
// polls with their state carried; a repeated poll waiting for a longer Retry-After, and ending by
// itself once the connector is closed. Also the caps on what is kept.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, unwrap, type Envelope, type StudioApi } from '../../shared/contracts/ipc';
import { createSessionStore } from '../../main/services/secret-store';
import type { SecretVault } from '../../main/services/secret-vault';
import { createStudioServices, type StudioServices } from '../../main/services/studio-handlers';
import {
  keepNotifications,
  MAX_KEPT_NOTIFICATION_CHARS,
  MAX_KEPT_NOTIFICATIONS,
  nextPollDelay,
  pollInterval,
  TriggerStore,
  type RunRequests,
  type WebhookNotification,
} from '../../renderer/wizard/operation-runs/trigger-store';
import { startTriggerApiServer, triggerConnector, type TriggerApiServer } from '../support/trigger-api-server';

const KEY = 'trg-unit-K3y-8086';

let tmp: string;
let dir: string;
let api: TriggerApiServer;
let services: StudioServices;
let studio: StudioApi;
let texts: { definitionText: string; propertiesText?: string };
let connectionId = '';

function note(seq: number, chars: number): WebhookNotification {
  return { seq, receivedAt: new Date(0).toISOString(), method: 'POST', headers: {}, body: 'x'.repeat(chars), truncated: false };
}

/**
 * A store over the real handlers. Requests are built as the test store builds them (test-store.ts
 * itself reaches the page's host API, which Node has not; the e2e spec runs the two together).
 * `close()` makes it behave as after the connector was closed.
 */
function newStores(): {
  tests: RunRequests & { setInput(operation: string, name: string, value: string): void };
  triggers: TriggerStore;
  close(): void;
} {
  const inputs: Record<string, Record<string, string>> = {};
  const tests = {
    setInput: (operation: string, name: string, value: string) => void (inputs[operation] = { ...inputs[operation], [name]: value }),
    runRequest: (operation: string, t: typeof texts) => ({
      dir,
      ...t,
      operation,
      inputs: inputs[operation] ?? {},
      connectionId,
      timeoutMs: 5000,
    }),
  };
  let open = true;
  const triggers = new TriggerStore(tests, studio, () => (open ? texts : undefined));
  return { tests, triggers, close: () => (open = false) };
}

/** Fetches until `count` notifications are kept (bounded by tries, not by a clock). */
async function fetchUntil(triggers: TriggerStore, key: string, count: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    await triggers.fetchNotifications(key);
    if (triggers.getSnapshot().webhooks[key]!.notifications.length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`fewer than ${count} notifications arrived`);
}

beforeAll(async () => {
  api = await startTriggerApiServer(KEY);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cs-trigger-store-'));
  dir = path.join(tmp, 'connector');
  await fs.mkdir(dir);
  const files = triggerConnector(`127.0.0.1:${api.port}`);
  const propertiesText = JSON.stringify(files.properties, null, 2);
  texts = { definitionText: JSON.stringify(files.definition, null, 2), propertiesText };
  await fs.writeFile(path.join(dir, 'apiDefinition.swagger.json'), texts.definitionText);
  await fs.writeFile(path.join(dir, 'apiProperties.json'), propertiesText);
  // Secrets for this session only: the keychain is covered by connection-store.test.ts.
  const store = createSessionStore();
  const status = { state: 'session-only' as const, message: 'session' };
  const secrets: SecretVault = { status: async () => status, useSessionOnly: async () => status, store: async () => store };
  services = createStudioServices({ host: 'browser', version: 'test', context: { appDataDir: path.join(tmp, 'appdata'), secrets } });
  const dispatch = createDispatcher(services.handlers);
  studio = new Proxy({} as StudioApi, {
    get: (_, channel: string) => async (request: unknown) => unwrap((await dispatch(channel, request)) as Envelope<unknown>),
  });
  connectionId = (await studio.saveConnection({ dir, name: 'Key', values: {}, secrets: { api_key: KEY } })).id;
});

afterAll(async () => {
  await services?.dispose();
  await api?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('what is kept and when the next poll goes', () => {
  it('reads the interval as whole seconds from 1 to 3600', () => {
    expect(pollInterval('10')).toBe(10);
    expect(pollInterval('2.4')).toBe(2);
    for (const bad of ['', ' ', '0', '-5', '3601', 'ten', 'NaN', 'Infinity']) expect(pollInterval(bad), bad).toBeUndefined();
  });

  it('waits the interval, or the Retry-After when that is longer', () => {
    expect(nextPollDelay(10, undefined)).toBe(10);
    expect(nextPollDelay(10, 3)).toBe(10);
    expect(nextPollDelay(10, 45)).toBe(45);
  });

  it('drops the oldest notifications beyond the count and the size caps, never the newest', () => {
    const many = Array.from({ length: MAX_KEPT_NOTIFICATIONS + 5 }, (_, i) => note(i + 1, 10));
    const kept = keepNotifications(many.slice(0, 50), many.slice(50));
    expect(kept.dropped).toBe(5);
    expect(kept.list.map((n) => n.seq)).toEqual(many.slice(5).map((n) => n.seq));

    const big = Math.floor(MAX_KEPT_NOTIFICATION_CHARS / 3);
    const bySize = keepNotifications([note(1, big), note(2, big), note(3, big)], [note(4, big)]);
    expect(bySize.list.map((n) => n.seq)).toEqual([2, 3, 4]);
    const huge = keepNotifications([note(1, 5)], [note(2, MAX_KEPT_NOTIFICATION_CHARS + 1)]);
    expect(huge.list.map((n) => n.seq)).toEqual([2]);
  });
});

describe('a webhook trigger through the store', () => {
  it('listens, fetches only what came after the last notification, and stops with the subscription deleted', async () => {
    const { tests, triggers } = newStores();
    tests.setInput('OnNewItem', 'subscription', '{"event": "item.created"}');
    await triggers.startListening('OnNewItem');
    let w = triggers.getSnapshot().webhooks.OnNewItem!;
    expect(w.error).toBeUndefined();
    expect(w.phase).toBe('listening');
    expect(w.registration?.response?.status).toBe(201);
    expect(api.subscriptions.at(-1)).toMatchObject({ callbackUrl: w.callbackUrl, event: 'item.created' });

    await fetchUntil(triggers, 'OnNewItem', 1);
    expect(await api.notify({ event: 'updated' })).toBe(202);
    await fetchUntil(triggers, 'OnNewItem', 2);
    w = triggers.getSnapshot().webhooks.OnNewItem!;
    expect(w.notifications.map((n) => n.seq)).toEqual([1, 2]);
    expect(w.lastSeq).toBe(2);
    expect(JSON.parse(w.notifications[0]!.body)).toMatchObject({ event: 'subscribed', echoedKey: '****' });
    // Fetching again adds nothing.
    await triggers.fetchNotifications('OnNewItem');
    expect(triggers.getSnapshot().webhooks.OnNewItem!.notifications).toHaveLength(2);

    // A second start while listening is refused; stopping deletes the subscription.
    await triggers.startListening('OnNewItem');
    expect(triggers.getSnapshot().webhooks.OnNewItem!.receiverId).toBe(w.receiverId);
    const id = api.subscriptions.at(-1)!.id;
    await triggers.stopListening('OnNewItem');
    w = triggers.getSnapshot().webhooks.OnNewItem!;
    expect(w.phase).toBe('stopped');
    expect(w.stopNotes).toContain(
      `Called DeleteHook (DELETE http://127.0.0.1:${api.port}/v1/hooks/${id}): 200 OK; the subscription is deleted.`,
    );
    expect(api.deleted.at(-1)).toEqual({ path: `/v1/hooks/${id}`, key: KEY });
    expect(w.notifications).toHaveLength(2);
  });

  it('closing the connector stops its receivers, and the host deletes their subscriptions', async () => {
    const { tests, triggers } = newStores();
    tests.setInput('OnNewItem', 'subscription', '{"event": "item.created"}');
    await triggers.startListening('OnNewItem');
    const w = triggers.getSnapshot().webhooks.OnNewItem!;
    expect(w.phase).toBe('listening');
    const id = api.subscriptions.at(-1)!.id;
    triggers.stopAll();
    // The stop is sent without waiting (the session is going away): bounded by tries, not by a clock.
    for (let i = 0; i < 500 && !api.deleted.some((d) => d.path === `/v1/hooks/${id}`); i++) await new Promise((r) => setTimeout(r, 10));
    expect(api.deleted.at(-1)).toEqual({ path: `/v1/hooks/${id}`, key: KEY });
    expect((await studio.webhookNotifications({ receiverId: w.receiverId!, afterSeq: 0 })).active).toBe(false);
  });

  it('a body that is not a JSON object is refused with the reason, and nothing listens', async () => {
    const { tests, triggers } = newStores();
    tests.setInput('OnNewItem', 'subscription', '[1, 2]');
    await triggers.startListening('OnNewItem');
    const w = triggers.getSnapshot().webhooks.OnNewItem!;
    expect(w.phase).toBe('stopped');
    expect(w.error).toBe('The body of OnNewItem must be a JSON object, so the callback address can be put into it.');
  });
});

describe('a polling trigger through the store', () => {
  it('polls with the state of the poll before, and forgets it when asked', async () => {
    const { triggers } = newStores();
    const first = await triggers.pollNow('OnNewItems');
    expect(first).toMatchObject({ wouldFire: false, itemCount: 0, retryAfterSeconds: 2 });
    const second = await triggers.pollNow('OnNewItems');
    expect(second).toMatchObject({ wouldFire: true, itemCount: 2 });
    const p = triggers.getSnapshot().polling.OnNewItems!;
    expect(p.polls.map((e) => [e.n, e.sentState, e.reply.result.request?.url])).toEqual([
      [2, true, `http://127.0.0.1:${api.port}/v1/items?cursor=c1`],
      [1, false, `http://127.0.0.1:${api.port}/v1/items`],
    ]);
    expect(p.state).toBe(JSON.stringify({ location: `http://127.0.0.1:${api.port}/v1/items?cursor=c2` }));
    triggers.resetPollState('OnNewItems');
    await triggers.pollNow('OnNewItems');
    expect(triggers.getSnapshot().polling.OnNewItems!.polls[0]!.reply.result.request?.url).toBe(`http://127.0.0.1:${api.port}/v1/items`);
  });

  it('repeating waits for a Retry-After longer than the interval, and stops when told', async () => {
    const { triggers } = newStores();
    triggers.setPollInterval('OnNewItems', '1');
    triggers.startRepeating('OnNewItems');
    // The first poll is sent at once; the API answers 202 with Retry-After 2.
    for (let i = 0; i < 500 && triggers.getSnapshot().polling.OnNewItems?.repeat?.waitSeconds === undefined; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(triggers.getSnapshot().polling.OnNewItems!.repeat).toMatchObject({ intervalSeconds: 1, waitSeconds: 2 });
    triggers.stopRepeating('OnNewItems');
    expect(triggers.getSnapshot().polling.OnNewItems!.repeat).toBeUndefined();
    expect(triggers.getSnapshot().polling.OnNewItems!.total).toBe(1);
  });

  it('repeating ends by itself once the connector is closed, sending nothing', async () => {
    const { triggers, close } = newStores();
    close();
    const before = api.received.length;
    triggers.setPollInterval('OnNewItems', '1');
    triggers.startRepeating('OnNewItems');
    await new Promise((r) => setTimeout(r, 0));
    const p = triggers.getSnapshot().polling.OnNewItems!;
    expect(p.repeat).toBeUndefined();
    expect(p.error).toBe('The connector was closed, so polling stopped.');
    expect(api.received.length).toBe(before);
  });

  it('a poll that cannot be made says why, and repeating stops on it', async () => {
    const { triggers } = newStores();
    triggers.startRepeating('OnNewItem');
    for (let i = 0; i < 500 && triggers.getSnapshot().polling.OnNewItem?.repeat; i++) await new Promise((r) => setTimeout(r, 10));
    const p = triggers.getSnapshot().polling.OnNewItem!;
    expect(p.repeat).toBeUndefined();
    expect(p.error).toBe('OnNewItem is a webhook trigger; test it with a webhook receiver instead of polling.');
  });
});
