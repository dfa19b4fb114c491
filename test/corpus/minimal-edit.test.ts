// Changing one operation's summary through the model changes exactly one line of the file, on the
// five largest corpus connectors, for every operation that has a summary.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, JsonDocument, applyEdits, setValueEdits } from '../../shared/core/text';
import { buildConnectorModel } from '../../shared/core/model';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

function largest(n: number): string[] {
  return corpusConnectors()
    .map((rel) => path.join(CONNECTORS_DIR, rel, 'apiDefinition.swagger.json'))
    .sort((a, b) => statSync(b).size - statSync(a).size)
    .slice(0, n);
}

describe.skipIf(!HAVE_CORPUS)('corpus: one summary edit is one changed line', () => {
  it.each(largest(5).map((f) => [path.basename(path.dirname(f)), f]))('%s', (_name, file) => {
    const text = decodeBytes(new Uint8Array(readFileSync(file))).text;
    const doc = JsonDocument.parse(text);
    const model = buildConnectorModel(doc.value);
    const lines = text.split('\n');
    const withSummary = model.operations.filter((o) => o.summary !== undefined);
    expect(withSummary.length).toBeGreaterThan(50);
    withSummary.forEach((op, n) => {
      const pointer = `${op.pointer}/summary`;
      const out = applyEdits(text, setValueEdits(doc, pointer, `${op.summary} (edited)`));
      const outLines = out.split('\n');
      expect(outLines.length).toBe(lines.length);
      const changed = outLines.flatMap((l, i) => (l !== lines[i] ? [i] : []));
      expect(changed, pointer).toHaveLength(1);
      expect(outLines[changed[0]!]).toContain('(edited)');
      // The edited text still reads as the same connector with that summary changed (every
      // fifth operation: a full re-read of a 1 MB file per edit would dominate the test time).
      if (n % 5 !== 0) return;
      const after = buildConnectorModel(JsonDocument.parse(out).value).operations.find((o) => o.pointer === op.pointer);
      expect(after?.summary).toBe(`${op.summary} (edited)`);
    });
  });
});
