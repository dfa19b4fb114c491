// Over every corpus connector: open, then save with no edit, gives the same bytes; broken files
// open with located messages; nothing crashes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { exportConnector } from '../../shared/engines/export';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

// The files the corpus README lists as broken, with the diagnostic each must produce.
const BROKEN: [string, string, string][] = [
  ['certified-connectors/Cireson Service Manager Portal', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['certified-connectors/DocuSignDemo', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['certified-connectors/Easyvista_Service._Manager', 'apiDefinition.swagger.json', 'ControlCharacterInString'],
  ['certified-connectors/IN-D Invoice Data Capture', 'apiDefinition.swagger.json', 'CommaExpected'],
  ['certified-connectors/PUG Gamified Engagement', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['certified-connectors/Plumsail Documents', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['certified-connectors/Revizto (Ireland)', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['certified-connectors/ZohoSign', 'apiDefinition.swagger.json', 'NonStandardWhitespace'],
  ['certified-connectors/envoy', 'apiDefinition.swagger.json', 'TrailingComma'],
  ['independent-publisher-connectors/AccuWeather', 'apiDefinition.swagger.json', 'CommaExpected'],
  ['independent-publisher-connectors/GIPHY', 'apiDefinition.swagger.json', 'CommaExpected'],
  ['independent-publisher-connectors/StabilityAI', 'apiDefinition.swagger.json', 'CloseBracketExpected'],
  ['independent-publisher-connectors/XSOAR', 'apiDefinition.swagger.json', 'CommaExpected'],
  ['independent-publisher-connectors/Brønnøysundregistrene', 'apiDefinition.swagger.json', 'NotUtf8'],
  ['independent-publisher-connectors/Yelp', 'apiDefinition.swagger.json', 'NotUtf8'],
  ['certified-connectors/EleadProductReference', 'apiDefinition.swagger.json', 'DuplicateKey'],
  ['certified-connectors/Rainbird', 'apiDefinition.swagger.json', 'DuplicateKey'],
  ['certified-connectors/RecordedFutureV2', 'apiDefinition.swagger.json', 'DuplicateKey'],
  ['certified-connectors/Shopranos', 'apiProperties.json', 'CloseBraceExpected'],
  ['certified-connectors/SigningHub', 'apiProperties.json', 'CommaExpected'],
  ['certified-connectors/gofileroom', 'apiProperties.json', 'CloseBraceExpected'],
];

describe.skipIf(!HAVE_CORPUS)('corpus: open and save', () => {
  const connectors = corpusConnectors();

  it('finds the whole corpus', () => {
    expect(connectors.length).toBe(789);
  });

  it('writes every file of every connector back byte for byte', async () => {
    const mismatches: string[] = [];
    let files = 0;
    for (const rel of connectors) {
      const dir = path.join(CONNECTORS_DIR, rel);
      const loaded = loadConnector(decodeConnectorFiles(await readConnectorFolder(dir)));
      const exported = exportConnector(loaded);
      const onDisk = new Set(readdirSync(dir));
      for (const f of exported.files) {
        if (!onDisk.has(f.name)) continue;
        files++;
        const original = readFileSync(path.join(dir, f.name));
        if (!original.equals(Buffer.from(f.bytes))) mismatches.push(`${rel}/${f.name}`);
      }
      expect(
        exported.report.filter((r) => r.action === 'secret-removed'),
        rel,
      ).toEqual([]);
    }
    expect(mismatches).toEqual([]);
    expect(files).toBeGreaterThan(789 * 2);
  });

  it.each(BROKEN)('%s/%s opens with a located %s message', async (rel, file, code) => {
    const dir = path.join(CONNECTORS_DIR, rel);
    const loaded = loadConnector(decodeConnectorFiles(await readConnectorFolder(dir)));
    const found = loaded.diagnostics.filter((d) => d.file === file && d.code === code);
    expect(found.length, JSON.stringify(loaded.diagnostics.slice(0, 3))).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
      expect(d.message).toMatch(/\.$/);
    }
    // The model still opens: the title and the operations are read past the problem.
    if (file === 'apiDefinition.swagger.json') {
      expect(loaded.model.title).toBeTruthy();
      expect(loaded.model.operations.length).toBeGreaterThan(0);
    }
  });

  it('reports no syntax problem in the files the README does not list', async () => {
    const listed = new Set(BROKEN.map(([rel, file]) => `${rel}/${file}`));
    const unexpected: string[] = [];
    for (const rel of connectors) {
      const loaded = loadConnector(decodeConnectorFiles(await readConnectorFolder(path.join(CONNECTORS_DIR, rel))));
      for (const d of loaded.diagnostics) {
        if (!listed.has(`${rel}/${d.file}`) && d.file.endsWith('.json')) unexpected.push(`${rel}/${d.file}:${d.line} ${d.code}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
