// Findings on a definition with a syntax error: what depends on text the parser had to guess is
// withheld (unread-text.ts); what it read as written is still reported.
import { describe, expect, it } from 'vitest';
import { certifyConnector } from '../../../shared/engines/certify';
import { unsureSpans } from '../../../shared/engines/certify/unread-text';
import { JsonDocument } from '../../../shared/core/text';
import { goodDefinition, goodProperties, loadInline, type Json } from './support';

const text = (v: Json) => JSON.stringify(v, null, 4);

/** The clean definition's text with the closing brace of definitions/Item removed. */
function itemNeverClosed(): string {
  const t = text(goodDefinition());
  const at = t.indexOf('\n        },\n        "NewItem"');
  expect(at).toBeGreaterThan(0);
  return t.slice(0, at) + t.slice(at + '\n        },'.length);
}

describe('findings after a syntax error', () => {
  it('a missing brace does not make definitions further down "not found"', () => {
    const broken = loadInline({ definition: itemNeverClosed(), properties: goodProperties() });
    expect(broken.diagnostics.map((d) => d.code)).toContain('CloseBraceExpected');
    const result = certifyConnector(broken, { profile: 'certified' });
    expect(result.diagnostics.map((d) => d.code)).toEqual([]);
    expect(result.withheld).toBeGreaterThan(0);
  });

  it('what was read as written is still reported', () => {
    const def = goodDefinition() as any;
    def.info.title = 'Contoso Connector API';
    const broken = loadInline({
      definition: itemNeverClosed().replace('"Contoso Items"', '"Contoso Connector API"'),
      properties: goodProperties(),
    });
    const clean = certifyConnector(loadInline({ definition: def, properties: goodProperties() }), { profile: 'certified' });
    const result = certifyConnector(broken, { profile: 'certified' });
    const restricted = clean.diagnostics.filter((d) => d.code === 'ValueContainsRestrictedWords');
    expect(restricted.length).toBeGreaterThan(0);
    expect(result.diagnostics.filter((d) => d.code === 'ValueContainsRestrictedWords').map((d) => d.pointer)).toEqual(
      restricted.map((d) => d.pointer),
    );
  });

  it('a missing comma is repaired exactly: nothing is unsure', () => {
    const t = text(goodDefinition()).replace('"swagger": "2.0",', '"swagger": "2.0"');
    const doc = JsonDocument.parse(t);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['CommaExpected']);
    expect(unsureSpans(doc)).toEqual([]);
  });

  it('with missing commas only, the brackets give the spans the syntax tree gives', () => {
    // A comma missing, and the closing brace of definitions/Item indented unlike its opening line.
    const t = text(goodDefinition())
      .replace('"swagger": "2.0",', '"swagger": "2.0"')
      .replace('\n        },\n        "NewItem"', '\n    },\n        "NewItem"');
    const doc = JsonDocument.parse(t);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['CommaExpected']);
    // The same document with a warning besides: read through its syntax tree.
    const warning = { code: 'X', severity: 'warning', message: '', offset: 0, length: 1 };
    const viaTree = Object.create(doc, { diagnostics: { value: [...doc.diagnostics, warning] } }) as JsonDocument;
    const spans = unsureSpans(doc);
    expect(spans).toHaveLength(1);
    expect(spans).toEqual(unsureSpans(viaTree));
  });

  it('text after the root value leaves the root unsure, not the values read', () => {
    const t = `${text(goodDefinition())}\n"x-ms-connector-metadata": []\n`;
    const doc = JsonDocument.parse(t);
    const spans = unsureSpans(doc);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.end).toBe(t.length);
    expect(spans[0]!.start).toBe(t.indexOf('\n"x-ms-connector-metadata"') - 1);
  });
});
