// The breaking-change diff on real connectors: every corpus connector diffed with itself (loaded
// twice) has no finding; and one planted change in a few of them yields exactly the finding it
// should, at the line and column of the change.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeConnectorFiles, loadConnector, type LoadedConnector, type TextFileInput } from '../../shared/core/connector';
import { diffConnectors } from '../../shared/engines/diff';
import {
  applyEdits,
  escapeSegment,
  insertArrayItemEdits,
  removeValueEdits,
  setValueEdits,
  type JsonDocument,
  type TextEdit,
} from '../../shared/core/text';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

async function texts(rel: string): Promise<Partial<Record<string, TextFileInput>>> {
  return decodeConnectorFiles(await readConnectorFolder(path.join(CONNECTORS_DIR, rel)));
}

describe.skipIf(!HAVE_CORPUS)('corpus: a connector diffed with itself', () => {
  it('has no finding, for every connector', async () => {
    const all = corpusConnectors();
    expect(all.length).toBeGreaterThan(700);
    const noisy: string[] = [];
    for (const rel of all) {
      const t = await texts(rel);
      // Two loads: two separate parses, compared value by value.
      const r = diffConnectors(loadConnector(t), loadConnector(t));
      if (r.findings.length) noisy.push(`${rel}: ${r.findings[0]!.code} ${r.findings[0]!.valuePath}`);
    }
    expect(noisy).toEqual([]);
  }, 600_000);
});

interface Op {
  pointer: string;
  id: string;
  value: Record<string, any>;
}

/** Operations with an id no other operation has, in text order. */
function operations(def: any): Op[] {
  const out: Op[] = [];
  const count = new Map<string, number>();
  for (const [p, item] of Object.entries<any>(isObj(def?.paths) ? def.paths : {})) {
    if (!isObj(item) || item.$ref !== undefined) continue;
    for (const m of METHODS) {
      const op = item[m];
      if (!isObj(op) || typeof op.operationId !== 'string') continue;
      count.set(op.operationId, (count.get(op.operationId) ?? 0) + 1);
      out.push({ pointer: `/paths/${escapeSegment(p)}/${m}`, id: op.operationId, value: op });
    }
  }
  return out.filter((o) => count.get(o.id) === 1 && !o.id.includes('/'));
}

interface Plant {
  /** The change and the one finding it must produce, or undefined when the connector has no place for it. */
  find(
    def: any,
  ): { edits: (doc: JsonDocument) => TextEdit[]; code: string; source: 'old' | 'new'; pointer: string; valuePath: string } | undefined;
}

const PLANTS: Record<string, Plant> = {
  'delete an operation': {
    find(def) {
      const op = operations(def)[0];
      return (
        op && {
          edits: (d) => removeValueEdits(d, op.pointer),
          code: 'OperationRemoved',
          source: 'old',
          pointer: op.pointer,
          valuePath: `operation/${op.id}`,
        }
      );
    },
  },
  'add a required query parameter': {
    find(def) {
      const op = operations(def).find((o) => Array.isArray(o.value.parameters) && o.value.parameters.length > 0);
      if (!op) return undefined;
      const at = `${op.pointer}/parameters/${op.value.parameters.length}`;
      return {
        edits: (d) =>
          insertArrayItemEdits(d, `${op.pointer}/parameters`, { name: 'studioTenant', in: 'query', type: 'string', required: true }),
        code: 'RequiredParameterAdded',
        source: 'new',
        pointer: at,
        valuePath: `operation/${op.id}/parameter/studioTenant`,
      };
    },
  },
  'change a response property type': {
    find(def) {
      for (const op of operations(def)) {
        const r = op.value.responses?.['200'];
        const schema = r?.schema;
        if (
          !isObj(r) ||
          r.$ref !== undefined ||
          !isObj(schema) ||
          schema.$ref !== undefined ||
          schema.type !== 'object' ||
          !isObj(schema.properties)
        )
          continue;
        if (schema['x-ms-dynamic-schema'] || schema['x-ms-dynamic-properties'] || schema.allOf) continue;
        const name = Object.keys(schema.properties).find((k) => {
          const p = schema.properties[k];
          return !k.includes('/') && isObj(p) && p.type === 'string' && p.$ref === undefined && p['x-ms-visibility'] !== 'internal';
        });
        if (!name) continue;
        const pointer = `${op.pointer}/responses/200/schema/properties/${escapeSegment(name)}/type`;
        return {
          edits: (d) => setValueEdits(d, pointer, 'integer'),
          code: 'ResponsePropertyTypeChanged',
          source: 'new',
          pointer,
          valuePath: `operation/${op.id}/responses/200/schema/${name}/type`,
        };
      }
      return undefined;
    },
  },
  'remove an enum value': {
    find(def) {
      for (const op of operations(def)) {
        const params: any[] = Array.isArray(op.value.parameters) ? op.value.parameters : [];
        const i = params.findIndex(
          (p) =>
            isObj(p) &&
            p.in !== 'body' &&
            typeof p.name === 'string' &&
            !p.name.includes('/') &&
            p['x-ms-visibility'] !== 'internal' &&
            Array.isArray(p.enum) &&
            p.enum.length >= 2 &&
            p.enum.every((v: unknown) => typeof v === 'string') &&
            new Set(p.enum).size === p.enum.length,
        );
        if (i < 0 || params.filter((p) => isObj(p) && p.name === params[i].name).length > 1) continue;
        const pointer = `${op.pointer}/parameters/${i}/enum`;
        return {
          edits: (d) => setValueEdits(d, pointer, params[i].enum.slice(0, -1)),
          code: 'EnumValueRemoved',
          source: 'new',
          pointer,
          valuePath: `operation/${op.id}/parameter/${params[i].name}/enum`,
        };
      }
      return undefined;
    },
  },
  'make an operation internal': {
    find(def) {
      const op = operations(def).find((o) => o.value['x-ms-visibility'] !== 'internal');
      if (!op) return undefined;
      const pointer = `${op.pointer}/x-ms-visibility`;
      return {
        edits: (d) => setValueEdits(d, pointer, 'internal'),
        code: 'VisibilityMadeInternal',
        source: 'new',
        pointer,
        valuePath: `operation/${op.id}/x-ms-visibility`,
      };
    },
  },
};

describe.skipIf(!HAVE_CORPUS)('corpus: planted breaking changes are found where they are planted', () => {
  const pool: { rel: string; c: LoadedConnector; t: Partial<Record<string, TextFileInput>> }[] = [];

  beforeAll(async () => {
    // Strict-JSON certified connectors, in corpus order: the first that fits each plant is used.
    for (const rel of corpusConnectors().filter((r) => r.startsWith('certified-connectors/'))) {
      const t = await texts(rel);
      const c = loadConnector(t);
      if (c.files.definition?.doc?.isStrict) pool.push({ rel, c, t });
      if (pool.length >= 40) break;
    }
  }, 120_000);

  for (const [name, plant] of Object.entries(PLANTS)) {
    it(name, () => {
      // Three different connectors per plant: the first three that have a place for it.
      const picks = pool
        .map((x) => ({ ...x, spot: plant.find(x.c.files.definition!.doc!.value) }))
        .filter((x) => x.spot)
        .slice(0, 3);
      expect(picks.length, `corpus connectors fitting "${name}"`).toBe(3);
      for (const { rel, c, t, spot } of picks) {
        const doc = c.files.definition!.doc!;
        const text = applyEdits(doc.text, spot!.edits(doc));
        const mutated = loadConnector({ ...t, definition: { ...t.definition!, text } });
        const r = diffConnectors(c, mutated);
        expect(
          r.findings.map((f) => `${f.code} ${f.source} ${f.valuePath}`),
          rel,
        ).toEqual([`${spot!.code} ${spot!.source} ${spot!.valuePath}`]);
        const f = r.findings[0]!;
        expect(f.pointer, rel).toBe(spot!.pointer);
        // At the line and column of the planted value (or its key) in the file it names.
        const named = (f.source === 'old' ? c : mutated).files.definition!.doc!;
        const places = [named.rangeOf(f.pointer), named.keyRangeOf(f.pointer)]
          .filter((x) => x !== undefined)
          .map((x) => named.lines.position(x.offset));
        expect(
          places.map((p) => `${p.line}:${p.column}`),
          rel,
        ).toContain(`${f.line}:${f.column}`);
      }
    });
  }
});
