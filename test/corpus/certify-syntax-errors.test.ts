// Findings on a file with syntax errors: the parser reads past a missing comma exactly, but guesses
// where a missing bracket belongs. Findings that depend on text it had to guess are withheld
// (shared/engines/certify/unread-text.ts), so no finding is shown that fixing the syntax error
// would make vanish. Checked on the corpus files with syntax errors (each against the same file
// repaired) and on syntax errors planted in clean corpus connectors (against the original).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certifyConnector, type CertifyDiagnostic, type CertifyProfile, type CertifyResult } from '../../shared/engines/certify';
import { decodeConnectorFiles, loadConnector, type TextFileInput } from '../../shared/core/connector';
import { recoverJson } from '../../shared/core/text/json-recovery';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

type FileKey = 'definition' | 'properties';
type Texts = Partial<Record<FileKey | 'script' | 'readme' | 'settings', TextFileInput>>;

async function read(rel: string): Promise<{ texts: Texts; icon: Uint8Array | undefined }> {
  const raw = await readConnectorFolder(path.join(CONNECTORS_DIR, rel));
  return { texts: decodeConnectorFiles(raw), icon: raw.icon?.bytes };
}

/** The profile the corpus snapshot uses for the connector's folder. */
function profileFor(rel: string): CertifyProfile {
  return rel.startsWith('certified-connectors/')
    ? 'certified'
    : rel.startsWith('independent-publisher-connectors/')
      ? 'independent-publisher'
      : 'custom';
}

function check(rel: string, texts: Texts, icon: Uint8Array | undefined): CertifyResult {
  return certifyConnector(loadConnector(texts, icon), { profile: profileFor(rel) });
}

const key = (d: CertifyDiagnostic) => `${d.file} ${d.severity} ${d.code} ${d.pointer} ${d.message}`;

/** Findings of `broken` that `repaired` does not have. */
function extra(broken: CertifyResult, repaired: CertifyResult): string[] {
  const known = new Set(repaired.diagnostics.map(key));
  return broken.diagnostics.map(key).filter((k) => !known.has(k));
}

function withText(texts: Texts, file: FileKey, text: string): Texts {
  return { ...texts, [file]: { ...texts[file]!, text, doc: undefined } };
}

/** The text with the tolerant parser's repairs applied, when they explain every error. */
function repairedByRecovery(text: string): string | undefined {
  const r = recoverJson(text);
  if (r.residual.length) return undefined;
  let out = text;
  for (const rp of [...r.repairs].reverse())
    out =
      rp.kind === 'insert' ? out.slice(0, rp.offset) + rp.text + out.slice(rp.offset) : out.slice(0, rp.offset) + out.slice(rp.offset + 1);
  return out;
}

/**
 * Minimal fixes written by hand where the recovery cannot be exact: GIPHY closes its root object
 * before "x-ms-connector-metadata" (and misses a comma after a description).
 */
const HAND_FIXES: Record<string, (text: string) => string> = {
  'independent-publisher-connectors/GIPHY': (t) =>
    `${t
      .replace('"description": "Search String"\n', '"description": "Search String",\n')
      .replace(/"tags": \[\]\r?\n\}\r?\n"x-ms-connector-metadata"/, '"tags": [],\n"x-ms-connector-metadata"')
      .trimEnd()}\n}\n`,
};

/** The corpus files with syntax errors (../shared/corpus/README.md lists them). */
const BROKEN = [
  ['certified-connectors/IN-D Invoice Data Capture', 'definition'],
  ['certified-connectors/Shopranos', 'properties'],
  ['certified-connectors/SigningHub', 'properties'],
  ['certified-connectors/gofileroom', 'properties'],
  ['independent-publisher-connectors/AccuWeather', 'definition'],
  ['independent-publisher-connectors/GIPHY', 'definition'],
  ['independent-publisher-connectors/StabilityAI', 'definition'],
  ['independent-publisher-connectors/XSOAR', 'definition'],
] as const;

describe.skipIf(!HAVE_CORPUS)('corpus: findings on files with syntax errors', () => {
  it('lists every corpus file with a syntax error', async () => {
    const found: string[] = [];
    for (const rel of corpusConnectors()) {
      const { texts, icon } = await read(rel);
      const c = loadConnector(texts, icon);
      for (const file of ['definition', 'properties'] as const) if (c.files[file]?.doc?.hasErrors) found.push(`${rel} ${file}`);
    }
    expect(found.sort()).toEqual(BROKEN.map(([rel, file]) => `${rel} ${file}`).sort());
  });

  it.each(BROKEN)('%s: no finding that the repaired %s does not have', async (rel, file) => {
    const { texts, icon } = await read(rel);
    const text = texts[file]!.text;
    const repaired = HAND_FIXES[rel]?.(text) ?? repairedByRecovery(text);
    expect(repaired, 'a repair').toBeDefined();
    const fixedTexts = withText(texts, file, repaired!);
    expect(loadConnector(fixedTexts, icon).files[file]?.doc?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(extra(check(rel, texts, icon), check(rel, fixedTexts, icon))).toEqual([]);
  });

  it('GIPHY: the metadata after the root object is not reported missing', async () => {
    const rel = 'independent-publisher-connectors/GIPHY';
    const { texts, icon } = await read(rel);
    const broken = check(rel, texts, icon);
    expect(broken.diagnostics.map((d) => d.code)).not.toContain('ConnectorMetadataMissing');
    expect(broken.withheld).toBeGreaterThan(0);
    // What was read for certain is still reported.
    expect(broken.diagnostics.map((d) => d.code)).toContain('OperationIdSanitized');
  });
});

/** Deletes one character: the `n`-th of `ch` that ends a line (a bracket or comma a user lost). */
function plant(text: string, ch: string, fraction: number): string | undefined {
  const at: number[] = [];
  const re = new RegExp(`\\${ch}\\s*\\n`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  if (!at.length) return undefined;
  const i = at[Math.min(at.length - 1, Math.floor(at.length * fraction))]!;
  return text.slice(0, i) + text.slice(i + 1);
}

describe.skipIf(!HAVE_CORPUS)('corpus: planted syntax errors raise no false findings', () => {
  const sample = corpusConnectors().filter((_, i) => i % 17 === 2);

  it.each(sample)('%s', async (rel) => {
    const { texts, icon } = await read(rel);
    const original = check(rel, texts, icon);
    if (!texts.definition || loadConnector(texts, icon).files.definition?.doc?.diagnostics.length) return;
    const failures: string[] = [];
    for (const ch of ['}', ']', ',']) {
      for (const fraction of [0.2, 0.5, 0.8]) {
        const broken = plant(texts.definition.text, ch, fraction);
        if (!broken) continue;
        const result = check(rel, withText(texts, 'definition', broken), icon);
        const wrong = extra(result, original);
        if (wrong.length) failures.push(`"${ch}" at ${fraction}: ${wrong.slice(0, 3).join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
