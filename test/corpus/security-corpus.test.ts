// The Security tab over every corpus connector: reading its settings and writing them back changes
// nothing (each value read is exactly what the file holds), and switching to each other type leaves
// a consistent pair whose every other byte is as it was.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readSecuritySettings,
  securityChangeFor,
  securityOps,
  securityTextEdits,
  type AuthType,
  type SecuritySettings,
} from '../../shared/editing/security-settings';
import { applyEdits, decodeBytes, JsonDocument } from '../../shared/core/text';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

interface Loaded {
  name: string;
  definition: JsonDocument;
  properties: JsonDocument | undefined;
}

function load(relative: string): Loaded {
  const dir = path.join(CONNECTORS_DIR, relative);
  const read = (file: string) => JsonDocument.parse(decodeBytes(new Uint8Array(readFileSync(path.join(dir, file)))).text);
  return {
    name: relative,
    definition: read('apiDefinition.swagger.json'),
    properties: existsSync(path.join(dir, 'apiProperties.json')) ? read('apiProperties.json') : undefined,
  };
}

const TYPES: AuthType[] = ['none', 'basic', 'apiKey', 'oauth2'];

/**
 * Where a switch may write in one file: the span of the given members (security definitions and
 * requirement, or the connection parameters); when none is there, the end of the object that
 * receives it.
 */
function allowedSpan(doc: JsonDocument, pointers: string[], parent: string, created: string): { start: number; end: number } {
  const ranges = pointers.flatMap((p) => {
    const node = doc.nodeAt(p)?.parent;
    return node ? [{ start: node.offset, end: node.offset + node.length }] : [];
  });
  if (!doc.nodeAt(created)) {
    // Inserted after the last member of its parent.
    const node = doc.nodeAt(parent)!;
    const last = node.children?.[node.children.length - 1];
    ranges.push({ start: last ? last.offset + last.length : node.offset, end: node.offset + node.length });
  }
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}

/** The value of a text that must still parse cleanly (JSON.parse first: it is much quicker). */
function parsedValue(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const doc = JsonDocument.parse(text);
    expect(doc.hasErrors, where).toBe(false);
    return doc.value;
  }
}

describe.skipIf(!HAVE_CORPUS)('corpus: Security settings', () => {
  const connectors = corpusConnectors().map(load);

  it('reads every connector, and writing back what was read is no edit', () => {
    expect(connectors.length).toBeGreaterThan(700);
    const types: Record<string, number> = {};
    for (const c of connectors) {
      const settings = readSecuritySettings(c.definition.value, c.properties?.value);
      types[settings.type] = (types[settings.type] ?? 0) + 1;
      expect(securityOps('definition', c.definition.value, { fields: settings }), c.name).toEqual([]);
      if (c.properties) expect(securityOps('properties', c.properties.value, { fields: settings }), c.name).toEqual([]);
      // Choosing the type it already has changes nothing either.
      expect(securityChangeFor(settings, { kind: 'type', type: settings.type }), c.name).toEqual({});
    }
    // Every type is represented (the counts move only when the corpus does).
    for (const t of TYPES) expect(types[t], t).toBeGreaterThan(10);
  });

  it('switching each connector to each other type writes a consistent pair and touches nothing else', { timeout: 240_000 }, () => {
    let switched = 0;
    for (const c of connectors) {
      if (!c.properties || c.definition.hasErrors || c.properties.hasErrors) continue;
      const settings: SecuritySettings = readSecuritySettings(c.definition.value, c.properties.value);
      if (settings.parameterSets) continue;
      const spans = {
        definition: allowedSpan(c.definition, ['/securityDefinitions', '/security'], '', '/securityDefinitions'),
        properties: allowedSpan(c.properties, ['/properties/connectionParameters'], '/properties', '/properties/connectionParameters'),
      };
      for (const type of TYPES.filter((t) => t !== settings.type)) {
        const change = securityChangeFor(settings, { kind: 'type', type });
        const where = `${c.name} -> ${type}`;
        const texts = { definition: c.definition.text, properties: c.properties.text };
        for (const part of ['definition', 'properties'] as const) {
          const edits = securityTextEdits(part === 'definition' ? c.definition : c.properties, part, change);
          // One edit, inside the part the switch is about: every other byte is as it was.
          expect(edits.length, where).toBeLessThanOrEqual(1);
          for (const e of edits) {
            expect(e.offset, `${where}: ${part} edit start`).toBeGreaterThanOrEqual(spans[part].start);
            expect(e.offset + e.length, `${where}: ${part} edit end`).toBeLessThanOrEqual(spans[part].end);
          }
          texts[part] = applyEdits(texts[part], edits);
        }
        const after = readSecuritySettings(parsedValue(texts.definition, where), parsedValue(texts.properties, where));
        expect(after.type, where).toBe(type);
        expect(after.definitionCount, where).toBe(type === 'none' ? 0 : 1);
        if (type === 'apiKey') expect(after.apiKeyParameter, where).toBe('api_key');
        if (type === 'oauth2') expect(after.oauthParameter, where).toBe('token');
        switched++;
      }
    }
    expect(switched).toBeGreaterThan(2000);
  });
});
