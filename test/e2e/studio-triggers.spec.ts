// Triggers in the Test tab end to end in Chromium through the browser host, against a real API the
// test starts on 127.0.0.1 (test/support/trigger-api-server.ts). A webhook trigger: Start listening
// registers a receiver on 127.0.0.1 through the subscribe operation, the API's notifications appear
// as they arrive (the echoed key masked), the receiver keeps listening across a tab switch, and
// Stop listening makes the API's DELETE. A polling trigger: 202 then 200 with two items, the state
// of one poll carried into the next, and polling on an interval until stopped. Each test has its
// own app data folder; the keychain is made unreachable so secrets are kept for the session only.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startTriggerApiServer, triggerConnector, type TriggerApiServer } from '../support/trigger-api-server';
import { expect, REPO_ROOT, test, writeConnector, type StudioHost } from './fixtures';

const API_KEY = 'trg-K3y-e2e-5150';
const SHOTS = path.join(REPO_ROOT, 'test-results', 'studio-screenshots');

test.describe.configure({ timeout: 120_000 });

let api: TriggerApiServer;

test.beforeAll(async () => {
  api = await startTriggerApiServer(API_KEY);
});

test.afterAll(async () => {
  await api?.close();
});

async function openTrigger(
  page: Page,
  workDir: string,
  startHost: (dir?: string, env?: Record<string, string>) => Promise<StudioHost>,
  summary: string,
): Promise<void> {
  const dir = await writeConnector(path.join(workDir, 'connector'), triggerConnector(`127.0.0.1:${api.port}`));
  // No D-Bus means no keychain: secrets are kept for the session only, by the person's choice.
  await startHost(dir, process.platform === 'linux' ? { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(workDir, 'no-dbus')}` } : {}).then(
    (host) => page.goto(host.url),
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  // Opening waits longer than openStudio does: the machine's two cores are shared with other suites.
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
  if (process.platform === 'linux') {
    await page.getByRole('button', { name: 'Keep secrets for this session only' }).click();
    await expect(page.getByText('Session only:')).toBeVisible();
  }
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill('Trigger key');
  await page.getByLabel(/^API Key/).fill(API_KEY);
  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page.getByLabel('Saved connection').locator('option:checked')).toHaveText('Trigger key');
  await page
    .getByRole('listbox', { name: 'Actions and triggers' })
    .getByRole('option', { name: new RegExp(summary) })
    .click();
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

test('a webhook trigger: registered on a local receiver, notifications shown as they arrive and across tab switches, Stop listening deletes the subscription', async ({
  page,
  workDir,
  startHost,
}) => {
  await openTrigger(page, workDir, startHost, 'When an item is created');
  const panel = page.getByRole('region', { name: 'Webhook trigger' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test operation' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Stop listening' })).toBeDisabled();
  await page.getByLabel('subscription (required)').fill('{"event": "item.created"}');

  await panel.getByRole('button', { name: 'Start listening' }).click();
  const registration = panel.getByRole('region', { name: 'Test result' });
  await expect(registration.locator('.outcome')).toContainText('Passed — 201 Created');
  await expect(panel.getByRole('status').filter({ hasText: 'Listening.' })).toBeVisible();
  const callback = (await panel.locator('.callback-line code').textContent()) ?? '';
  expect(callback).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook\/[\w-]{20,}$/);
  // The API got the receiver's address in the property marked x-ms-notification-url, the other values kept.
  expect(api.subscriptions.at(-1)).toEqual({ id: api.subscriptions.length, callbackUrl: callback, event: 'item.created' });
  await expect(registration.getByRole('table', { name: 'Request headers' })).toContainText('X-Api-Key****');

  // The notification the API sent right after subscribing: pretty-printed, the echoed key masked.
  const first = panel.getByRole('region', { name: 'Body of notification 1' });
  await expect(first).toContainText('"event": "subscribed"');
  await expect(first).toContainText('"echoedKey": "****"');
  await expect(panel.getByText('1 notification received; the latest, notification 1,')).toBeVisible();
  await panel.getByText('Headers (', { exact: false }).first().click();
  await expect(panel.getByRole('table', { name: 'Headers of notification 1' })).toContainText('x-event-sourcetrigger-api');

  // A second one, when the test asks the API to send it.
  expect(await api.notify({ event: 'updated', item: { id: 7, name: 'Fountain pen' } })).toBe(202);
  await expect(panel.getByRole('region', { name: 'Body of notification 2' })).toContainText('"name": "Fountain pen"');
  await expect(panel.getByText('2 notifications received; the latest, notification 2,')).toBeVisible();

  // The receiver keeps listening while another tab is shown; what came meanwhile is there on return.
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByLabel('Host')).toHaveValue(`127.0.0.1:${api.port}`);
  expect(await api.notify({ event: 'deleted', item: { id: 8 } })).toBe(202);
  await page.getByRole('tab', { name: 'Test' }).click();
  await expect(panel.getByRole('region', { name: 'Body of notification 3' })).toContainText('"event": "deleted"');
  await expect(panel.getByRole('region', { name: 'Body of notification 1' })).toBeVisible();
  // Newest first.
  await expect(panel.locator('.notification-line strong')).toHaveText(['Notification 3', 'Notification 2', 'Notification 1']);

  expect(await seriousViolations(page, '.trigger-panel')).toEqual([]);
  await panel.scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Webhook trigger' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'test-tab-webhook.png'), fullPage: false });

  // Stop listening by keyboard: from the body field, Tab reaches it (Start listening is disabled).
  const deletesBefore = api.deleted.length;
  await page.getByLabel('subscription (required)').focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Stop listening' })).toBeFocused();
  await page.keyboard.press('Enter');
  const notes = panel.getByRole('list', { name: 'What stopping did' });
  await expect(notes).toContainText('The receiver stopped; notifications sent to its address are no longer received.');
  const id = api.subscriptions.at(-1)!.id;
  await expect(notes).toContainText(
    `Called DeleteHook (DELETE http://127.0.0.1:${api.port}/v1/hooks/${id}): 200 OK; the subscription is deleted.`,
  );
  expect(api.deleted.slice(deletesBefore)).toEqual([{ path: `/v1/hooks/${id}`, key: API_KEY }]);
  await expect(panel.getByRole('button', { name: 'Start listening' })).toBeEnabled();
  await expect(panel.getByText('Callback address (no longer listening):')).toBeVisible();
  await expect(api.notify({ event: 'late' })).rejects.toThrow(/ECONNREFUSED/);
  expect(api.firstPosts).toEqual([202]);
  expect(await page.content()).not.toContain(API_KEY);
});

test('a polling trigger: 202 would not fire, then 200 with two items would fire; the state carried; polling on an interval until stopped', async ({
  page,
  workDir,
  startHost,
}) => {
  await openTrigger(page, workDir, startHost, 'When items are added');
  const panel = page.getByRole('region', { name: 'Polling trigger' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('The next poll carries no state: it is sent as the first one.')).toBeVisible();
  const polls = panel.getByRole('list', { name: /^Polls/ }).getByRole('listitem');

  await panel.getByRole('button', { name: 'Poll now' }).click();
  await expect(polls).toHaveCount(1);
  await expect(polls.first()).toContainText('202 Accepted: Would not fire, 0 items; the API asked to wait 2 s');
  const shown = (n: number) => panel.getByRole('region', { name: `Poll ${n}` });
  await expect(shown(1).getByRole('list', { name: 'What poll 1 means' })).toContainText(
    '202 Accepted: no new items, so the trigger would not fire.',
  );
  const location = `http://127.0.0.1:${api.port}/v1/items?cursor=c1`;
  await expect(shown(1)).toContainText(`Next state: {"location":"${location}"}`);
  await expect(panel.locator('.poll-state code')).toHaveText(`{"location":"${location}"}`);

  await panel.getByRole('button', { name: 'Poll now' }).click();
  await expect(polls).toHaveCount(2);
  await expect(polls.first()).toContainText('200 OK: Would fire, 2 items');
  await expect(shown(2).getByRole('list', { name: 'What poll 2 means' })).toContainText('The trigger would fire once, with 2 items.');
  await expect(shown(2)).toContainText('It was sent with the state of the poll before it.');
  await expect(shown(2).getByRole('region', { name: 'Test result' }).getByText(location, { exact: true })).toBeVisible();
  expect(
    api.received
      .filter((r) => r.method === 'GET')
      .map((r) => r.path)
      .slice(-2),
  ).toEqual(['/v1/items', '/v1/items?cursor=c1']);

  // An earlier poll can be shown again.
  await polls.nth(1).getByRole('button').click();
  await expect(shown(1)).toBeVisible();
  await expect(shown(2)).toHaveCount(0);

  expect(await seriousViolations(page, '.trigger-panel')).toEqual([]);

  // On an interval: polls keep coming (the API's Retry-After of 1 s is not longer than it) until stopped.
  await panel.getByLabel('Interval (seconds)').fill('0');
  await expect(panel.getByRole('button', { name: 'Poll every … seconds' })).toBeDisabled();
  await expect(panel.getByText('Give a whole number of seconds from 1 to 3600.')).toBeVisible();
  await panel.getByLabel('Interval (seconds)').fill('1');
  await panel.getByRole('button', { name: 'Poll every 1 seconds' }).click();
  await expect(panel.getByRole('button', { name: 'Stop polling' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /^Polls \(([4-9]|\d\d)\)$/ })).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Stop polling' }).click();
  await expect(panel.getByRole('button', { name: 'Poll every 1 seconds' })).toBeVisible();
  // A poll already on its way when stopping still lands; nothing follows it.
  await expect(panel.getByRole('button', { name: 'Poll now' })).toBeEnabled();
  await expect(polls.first()).toContainText('202 Accepted: Would not fire, 0 items; the API asked to wait 1 s');

  // Forgetting the state sends the next poll as the first one was sent.
  await panel.getByRole('button', { name: 'Forget the state' }).click();
  await expect(panel.getByText('The next poll carries no state: it is sent as the first one.')).toBeVisible();
  const before = api.received.length;
  await panel.getByRole('button', { name: 'Poll now' }).click();
  await expect.poll(() => api.received.slice(before).find((r) => r.method === 'GET')?.path).toBe('/v1/items');
  expect(await page.content()).not.toContain(API_KEY);
});
