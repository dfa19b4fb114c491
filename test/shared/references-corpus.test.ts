// Every corpus connector: its references, policies and trigger settings read without error, and the
// edits that should change nothing (a rename to the same name, marking a required property
// required, choosing the callback property already chosen where it is already right) give no edit;
// a rename there and back, and a policy added and removed, give the text back byte for byte.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRefs, listReferences, refTarget, renameReferenceEdits } from '../../shared/editing/definition-references';
import { schemaTree, setSchemaRequiredEdits } from '../../shared/editing/definition-edits';
import { buildConnectorModel } from '../../shared/core/model';
import { addPolicyEdits, newPolicyInstance, POLICY_TEMPLATES, readPolicyInstances } from '../../shared/editing/policy-templates';
import { applyEdits, decodeBytes, JsonDocument, removeValueEdits, valueAt } from '../../shared/core/text';
import { readTrigger } from '../../shared/editing/trigger-settings';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

function read(file: string): JsonDocument | undefined {
  if (!existsSync(file)) return undefined;
  return JsonDocument.parse(decodeBytes(readFileSync(file)).text);
}

describe.skipIf(!HAVE_CORPUS)('references and policies of every corpus connector', () => {
  it('read, and no-op or round-trip edits change nothing', { timeout: 600_000 }, () => {
    let connectors = 0;
    let definitions = 0;
    let uses = 0;
    let policies = 0;
    let triggers = 0;
    for (const rel of corpusConnectors()) {
      const dir = path.join(CONNECTORS_DIR, rel);
      const def = read(path.join(dir, 'apiDefinition.swagger.json'))!;
      const props = read(path.join(dir, 'apiProperties.json'));
      connectors++;
      const refs = listReferences(def.value);
      const local = collectRefs(def.value).filter((r) => refTarget(r.ref)).length;
      const counted =
        [...refs.definitions, ...refs.parameters, ...refs.responses].reduce((n, e) => n + e.uses.length, 0) + refs.dangling.length;
      expect(counted, rel).toBe(local);
      definitions += refs.definitions.length;
      uses += counted;
      for (const e of refs.definitions) {
        expect(renameReferenceEdits(def, 'definitions', e.name, e.name), rel).toEqual([]);
        for (const n of schemaTree(def.value, valueAt(def.value, e.pointer), e.pointer).rows) {
          if (n.required) expect(setSchemaRequiredEdits(def, n.parentPointer, n.name, true), `${rel} ${n.pointer}`).toEqual([]);
        }
      }
      // A rename and back, on the most used definition with a plain name.
      const busiest = [...refs.definitions]
        .filter((e) => /^[A-Za-z0-9_.-]+$/.test(e.name))
        .sort((a, b) => b.uses.length - a.uses.length)[0];
      if (busiest && !def.hasErrors) {
        const temp = `${busiest.name}Renamed`;
        if (!refs.definitions.some((e) => e.name === temp)) {
          const renamed = applyEdits(def.text, renameReferenceEdits(def, 'definitions', busiest.name, temp));
          const renamedDoc = JsonDocument.parse(renamed);
          expect(listReferences(renamedDoc.value).definitions.find((e) => e.name === temp)?.uses.length, rel).toBe(busiest.uses.length);
          expect(applyEdits(renamed, renameReferenceEdits(renamedDoc, 'definitions', temp, busiest.name)), rel).toBe(def.text);
        }
      }
      const model = buildConnectorModel(def.value, props?.value, false);
      for (const op of model.operations) {
        if (op.kind === 'action') continue;
        const t = readTrigger(def.value, op);
        expect(t, `${rel} ${op.pointer}`).toBeDefined();
        triggers++;
      }
      if (props && !props.hasErrors) {
        const ids = model.operations.flatMap((o) => (o.operationId ? [o.operationId] : []));
        const rows = readPolicyInstances(props.value, ids);
        policies += rows.length;
        const list = (props.value as { properties?: { policyTemplateInstances?: unknown } })?.properties?.policyTemplateInstances;
        expect(rows.length, rel).toBe(Array.isArray(list) ? list.length : 0);
        if (!list || Array.isArray(list)) {
          const added = applyEdits(props.text, addPolicyEdits(props, newPolicyInstance(POLICY_TEMPLATES[0]!, ids.slice(0, 1))));
          const addedDoc = JsonDocument.parse(added);
          expect(addedDoc.hasErrors, rel).toBe(false);
          expect(readPolicyInstances(addedDoc.value, ids).length, rel).toBe(rows.length + 1);
          if (Array.isArray(list) && list.length) {
            expect(applyEdits(added, removeValueEdits(addedDoc, `/properties/policyTemplateInstances/${rows.length}`)), rel).toBe(
              props.text,
            );
          }
        }
      }
    }
    console.log(
      `[corpus] ${connectors} connectors: ${definitions} definitions, ${uses} $ref uses, ${policies} policies, ${triggers} triggers`,
    );
    expect(connectors).toBeGreaterThan(0);
  });
});
