// Every corpus connector's first operation, read as the Definition tab reads it (parameters,
// responses, schema trees) and every shown value written back unchanged, as the form writes it:
// no edit at all. A form that showed a value differently from how it is written would change the
// file by merely being looked at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationDetail, type DefinitionChange, type SchemaTree } from '../../shared/editing/definition-edits';
import { buildConnectorModel } from '../../shared/core/model';
import { decodeBytes, JsonDocument, type TextEdit } from '../../shared/core/text';
import type { EditOp } from '../../renderer/workers/parse-protocol';
import { resolveEdit } from '../../shared/editing/resolve-edit';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

function readJson(file: string): { text: string; doc: JsonDocument } | undefined {
  try {
    const text = decodeBytes(new Uint8Array(readFileSync(file))).text;
    return { text, doc: JsonDocument.parse(text) };
  } catch {
    return undefined;
  }
}

function schemaOps(tree: SchemaTree | undefined): EditOp[] {
  const ops: EditOp[] = [];
  for (const r of tree?.rows ?? []) {
    if (r.unresolved) continue;
    const def = (change: DefinitionChange): EditOp => ({ kind: 'definition', change });
    ops.push(def({ kind: 'set-type', pointer: r.pointer, type: r.type }));
    if (r.parentPointer) ops.push(def({ kind: 'schema-required', schemaPointer: r.parentPointer, name: r.name, required: r.required }));
    if (r.summary) ops.push({ kind: 'set', pointer: `${r.pointer}/x-ms-summary`, value: r.summary });
    if (r.description) ops.push({ kind: 'set', pointer: `${r.pointer}/description`, value: r.description });
    if (r.format) ops.push({ kind: 'set', pointer: `${r.pointer}/format`, value: r.format });
    if (r.visibility !== 'none') ops.push({ kind: 'set', pointer: `${r.pointer}/x-ms-visibility`, value: r.visibility });
  }
  return ops;
}

describe.skipIf(!HAVE_CORPUS)('corpus: the first operation written back unchanged gives no edit', () => {
  it('holds for every connector', () => {
    let operations = 0;
    let writes = 0;
    const failures: string[] = [];
    for (const rel of corpusConnectors()) {
      const def = readJson(path.join(CONNECTORS_DIR, rel, 'apiDefinition.swagger.json'));
      if (!def || def.doc.hasErrors) continue;
      const props = readJson(path.join(CONNECTORS_DIR, rel, 'apiProperties.json'));
      const first = buildConnectorModel(def.doc.value).operations[0];
      if (!first) continue;
      const detail = operationDetail(def.doc.value, props?.doc.value, first.pointer);
      if (!detail) {
        failures.push(`${rel}: no detail for ${first.pointer}`);
        continue;
      }
      operations++;
      const ops: EditOp[] = [
        {
          kind: 'definition',
          change: {
            kind: 'rename-operation',
            file: 'definition',
            pointer: first.pointer,
            from: detail.operationId,
            to: detail.operationId,
          },
        },
        { kind: 'definition', change: { kind: 'move-operation', pointer: first.pointer, path: detail.path, method: first.method } },
      ];
      for (const p of detail.parameters) {
        if (!p.resolved) continue;
        const at = (key: string) => `${p.editPointer}/${key}`;
        ops.push({ kind: 'set', pointer: at('name'), value: p.name });
        if (p.summary) ops.push({ kind: 'set', pointer: at('x-ms-summary'), value: p.summary });
        if (p.description) ops.push({ kind: 'set', pointer: at('description'), value: p.description });
        if (p.default) ops.push({ kind: 'set', pointer: at('default'), value: JSON.parse(p.default) });
        if (p.required) ops.push({ kind: 'set', pointer: at('required'), value: true });
        if (p.visibility !== 'none') ops.push({ kind: 'set', pointer: at('x-ms-visibility'), value: p.visibility });
        if (p.in !== 'body') {
          ops.push({ kind: 'definition', change: { kind: 'set-type', pointer: p.editPointer, type: p.type } });
          if (['path', 'query', 'header', 'formData'].includes(p.in))
            ops.push({ kind: 'definition', change: { kind: 'set-location', pointer: p.editPointer, location: p.in as 'query' } });
          const dropdown = p.dynamicValues ? 'dynamic' : p.enum.length ? 'static' : 'none';
          ops.push({ kind: 'definition', change: { kind: 'set-dropdown', pointer: p.editPointer, dropdown } });
          if (p.format) ops.push({ kind: 'set', pointer: at('format'), value: p.format });
          if (p.enum.length) ops.push({ kind: 'set', pointer: at('enum'), value: p.enum });
          const dv = p.dynamicValues;
          if (dv?.operationId) ops.push({ kind: 'set', pointer: at('x-ms-dynamic-values/operationId'), value: dv.operationId });
          if (dv?.valuePath) ops.push({ kind: 'set', pointer: at('x-ms-dynamic-values/value-path'), value: dv.valuePath });
          if (dv?.valueTitle) ops.push({ kind: 'set', pointer: at('x-ms-dynamic-values/value-title'), value: dv.valueTitle });
          if (dv?.valueCollection)
            ops.push({ kind: 'set', pointer: at('x-ms-dynamic-values/value-collection'), value: dv.valueCollection });
        }
        ops.push(...schemaOps(p.schema));
      }
      for (const r of detail.responses) {
        if (r.description) ops.push({ kind: 'set', pointer: `${r.editPointer}/description`, value: r.description });
        ops.push(...schemaOps(r.schema));
      }
      for (const op of ops) {
        writes++;
        let edits: TextEdit[];
        try {
          edits = resolveEdit(def.doc, op);
        } catch (err) {
          failures.push(`${rel}: ${JSON.stringify(op)} failed: ${(err as Error).message}`);
          continue;
        }
        if (edits.length) failures.push(`${rel}: ${JSON.stringify(op)} gave ${JSON.stringify(edits).slice(0, 300)}`);
      }
    }
    console.log(`[corpus] ${operations} first operations, ${writes} unchanged values written back`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(operations).toBeGreaterThan(700);
  }, 600_000);
});
