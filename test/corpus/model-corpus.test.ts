// Model invariants over every corpus connector: operation pointers lead to operations in the text,
// the operation count matches an independent count, x-ms-trigger means trigger, and the auth kind
// follows the first security definition.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeConnectorFiles, loadConnector, type LoadedConnector } from '../../shared/core/connector';
import { countOperations, HTTP_METHODS } from '../../shared/core/model';
import { JsonDocument } from '../../shared/core/text/json-document';
import { valueAt } from '../../shared/core/text/json-pointer';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** (path, method) pairs counted from plain JSON.parse output, following no reference. */
function countPairs(definition: unknown): { pairs: number; refPathItems: number } {
  let pairs = 0;
  let refPathItems = 0;
  const paths = isObject(definition) ? definition.paths : undefined;
  if (!isObject(paths)) return { pairs, refPathItems };
  for (const [p, item] of Object.entries(paths)) {
    if (p.startsWith('x-') || !isObject(item)) continue;
    if (typeof item.$ref === 'string') refPathItems++;
    for (const m of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']) if (isObject(item[m])) pairs++;
  }
  return { pairs, refPathItems };
}

describe.skipIf(!HAVE_CORPUS)('corpus: model invariants', () => {
  const loaded: { rel: string; connector: LoadedConnector }[] = [];

  beforeAll(async () => {
    for (const rel of corpusConnectors()) {
      const raw = await readConnectorFolder(path.join(CONNECTORS_DIR, rel));
      loaded.push({ rel, connector: loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes) });
    }
  }, 120_000);

  it('loads every connector', () => {
    expect(loaded.length).toBe(corpusConnectors().length);
    expect(loaded.length).toBeGreaterThan(700);
    expect(HTTP_METHODS).toHaveLength(7);
  });

  it("every operation's pointer leads, in the definition text, to an object", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { rel, connector } of loaded) {
      const doc = connector.files.definition!.doc!;
      for (const op of connector.model.operations) {
        checked++;
        const range = doc.rangeOf(op.pointer);
        if (!range) {
          bad.push(`${rel} ${op.pointer}: no range`);
          continue;
        }
        const slice = doc.text.slice(range.offset, range.offset + range.length);
        // Strict files parse natively; a broken file's slice may carry its problem, so read it tolerantly.
        const value = doc.isStrict ? JSON.parse(slice) : JsonDocument.parse(slice).value;
        if (!isObject(value)) bad.push(`${rel} ${op.pointer}: not an object`);
        else if (op.operationId !== undefined && value.operationId !== op.operationId)
          bad.push(`${rel} ${op.pointer}: operationId ${String(value.operationId)} != ${op.operationId}`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('the operation count equals the (path, method) pairs counted with JSON.parse, for strict files', () => {
    const mismatches: string[] = [];
    let strict = 0;
    for (const { rel, connector } of loaded) {
      const def = connector.files.definition!;
      if (!def.doc!.isStrict) continue;
      strict++;
      const { pairs, refPathItems } = countPairs(JSON.parse(def.text));
      expect(refPathItems, `${rel} has $ref path items; the independent count would not follow them`).toBe(0);
      if (pairs !== connector.model.operations.length)
        mismatches.push(`${rel}: ${pairs} pairs, ${connector.model.operations.length} operations`);
      const counts = countOperations(connector.model);
      expect(counts.actions + counts.webhookTriggers + counts.pollingTriggers, rel).toBe(counts.total);
    }
    expect(mismatches).toEqual([]);
    expect(strict).toBeGreaterThan(700);
  });

  it('an operation is a trigger exactly when it has a string x-ms-trigger', () => {
    const bad: string[] = [];
    for (const { rel, connector } of loaded) {
      const value = connector.files.definition!.doc!.value;
      for (const op of connector.model.operations) {
        const raw = valueAt(value, op.pointer) as Record<string, unknown>;
        const hasTrigger = typeof raw['x-ms-trigger'] === 'string';
        if (hasTrigger !== (op.kind !== 'action')) bad.push(`${rel} ${op.pointer}: ${op.kind}`);
        if (hasTrigger && op.trigger !== raw['x-ms-trigger']) bad.push(`${rel} ${op.pointer}: trigger ${op.trigger}`);
        // A webhook has notification content on its path item, or a body parameter to carry the callback URL.
        if (op.kind === 'webhook-trigger') {
          const item = valueAt(value, op.pointer.slice(0, op.pointer.lastIndexOf('/'))) as Record<string, unknown>;
          if (item['x-ms-notification-content'] === undefined && !op.parameters.some((p) => p.in === 'body'))
            bad.push(`${rel} ${op.pointer}: webhook without a way to get notified`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("a connector whose first security definition is apiKey has auth 'apiKey' (or 'multiple' with parameter sets)", () => {
    const bad: string[] = [];
    let apiKey = 0;
    for (const { rel, connector } of loaded) {
      const m = connector.model;
      if (m.securityDefinitions[0]?.type !== 'apiKey') continue;
      apiKey++;
      const expected = m.connectionParameters.some((p) => p.set !== undefined) ? 'multiple' : 'apiKey';
      if (m.auth !== expected) bad.push(`${rel}: ${m.auth}`);
    }
    expect(bad).toEqual([]);
    expect(apiKey).toBeGreaterThan(300);
  });

  it('prints a summary', () => {
    const total = { connectors: loaded.length, operations: 0, actions: 0, webhookTriggers: 0, pollingTriggers: 0 };
    for (const { connector } of loaded) {
      const c = countOperations(connector.model);
      total.operations += c.total;
      total.actions += c.actions;
      total.webhookTriggers += c.webhookTriggers;
      total.pollingTriggers += c.pollingTriggers;
    }
    console.log(
      `[corpus model] ${total.connectors} connectors, ${total.operations} operations: ${total.actions} actions, ${total.webhookTriggers} webhook triggers, ${total.pollingTriggers} polling triggers`,
    );
    expect(total.actions + total.webhookTriggers + total.pollingTriggers).toBe(total.operations);
    expect(total.webhookTriggers).toBeGreaterThan(0);
    expect(total.pollingTriggers).toBeGreaterThan(0);
  });
});
