// Property-based tests of the text core and the importers (fast-check): on random text and bytes,
// and on real corpus files mutated at random, no exception escapes, every error is one sentence,
// and opening then saving without an edit gives back the very bytes.
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { openConnectorFolder, saveConnectorFiles } from '../../main/services/studio-handlers';
import { decodeConnectorFiles, loadConnector } from '../../shared/core/connector';
import { JsonDocument } from '../../shared/core/text/json-document';
import { decodeBytes, encodeText, TextDecodeError } from '../../shared/core/text/text-codec';
import { exportConnector } from '../../shared/engines/export';
import { detectApiFormat, parseApiDescription } from '../../shared/engines/import/api-description-text';
import { checkImportSize } from '../../shared/engines/import/import-limits';
import { ImportError } from '../../shared/engines/import/import-result';
import { importOpenApi2 } from '../../shared/engines/import/openapi2';
import { importOpenApi3 } from '../../shared/engines/import/openapi3';
import { importPostman } from '../../shared/engines/import/postman';
import { bundleExternalRefs, RefRefusedError } from '../../shared/engines/import/ref-bundler';
import { CONNECTORS_DIR, CORPUS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

/** One sentence: no line break, no sentence break outside quoted or bracketed text. */
function isOneSentence(message: string): boolean {
  const bare = message.replace(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`|\([^()\n]*\)/g, 'Q');
  return (
    message.trim() !== '' && !message.includes('\n') && !/[.!?;]\s+[A-Z][a-z]/.test(bare.replace(/\be\.g\.|\bi\.e\.|\bv\d+\.\d+/g, ''))
  );
}

/** A few corpus files of each kind, read once (the properties mutate them). */
const SAMPLE_DEFINITIONS: string[] = [];
const SAMPLE_PROPERTIES: string[] = [];
const SAMPLE_DESCRIPTIONS: { name: string; text: string }[] = [];
const SAMPLE_FOLDERS: string[] = [];

if (HAVE_CORPUS) {
  const all = corpusConnectors();
  // Spread over the corpus: every 60th connector.
  for (let i = 0; i < all.length; i += 60) {
    const dir = path.join(CONNECTORS_DIR, all[i]!);
    SAMPLE_FOLDERS.push(dir);
    SAMPLE_DEFINITIONS.push(readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8'));
    if (existsSync(path.join(dir, 'apiProperties.json')))
      SAMPLE_PROPERTIES.push(readFileSync(path.join(dir, 'apiProperties.json'), 'utf8'));
  }
  for (const group of ['openapi3', 'postman']) {
    const base = path.join(CORPUS_DIR, group);
    if (!existsSync(base)) continue;
    for (const repo of readdirSync(base).sort()) {
      const dir = path.join(base, repo);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(json|ya?ml)$/i.test(e.name));
      // The smallest description of each source: quick to mutate and import many times.
      const small = files
        .map((e) => path.join(e.parentPath, e.name))
        .map((p) => ({ p, size: readFileSync(p).length }))
        .filter((f) => f.size < 200_000)
        .sort((a, b) => a.size - b.size)[0];
      if (small) SAMPLE_DESCRIPTIONS.push({ name: path.basename(small.p), text: readFileSync(small.p, 'utf8') });
    }
  }
}

/** A text mutated as a hurried edit or a truncated download would: characters deleted, inserted, spans cut or repeated. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\u001b', '\u202e', '\uFEFF', '&a ', '*a', '\n', '  '),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

interface Edit {
  kind: 'delete' | 'insert' | 'truncate' | 'repeat';
  at: number;
  length?: number;
  text?: string;
}

function mutate(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + (e.length ?? 1));
    else if (e.kind === 'insert') t = t.slice(0, at) + (e.text ?? '') + t.slice(at);
    else if (e.kind === 'truncate') t = t.slice(0, at);
    else t = t.slice(0, at) + t.slice(at, at + (e.length ?? 1)).repeat(2) + t.slice(at + (e.length ?? 1));
  }
  return t;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Random JSON-ish text: JSON values printed, then mutated. */
const jsonishText = fc.tuple(fc.json({ depthSize: 'small' }), mutations).map(([json, edits]) => mutate(json, edits));

describe('the text core', () => {
  it('JsonDocument.parse never throws, and its errors are one sentence each', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), jsonishText), (text) => {
        const doc = JsonDocument.parse(text);
        for (const d of doc.diagnostics) {
          if (d.severity === 'error') expect(isOneSentence(d.message), d.message).toBe(true);
          expect(d.offset).toBeGreaterThanOrEqual(0);
          expect(d.offset).toBeLessThanOrEqual(text.length);
        }
        void doc.tree;
      }),
      { numRuns: 1500 },
    );
  });

  it.skipIf(!HAVE_CORPUS)('mutated corpus definitions and properties load without an exception, errors in one sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLE_DEFINITIONS),
        fc.constantFrom(...SAMPLE_PROPERTIES),
        mutations,
        mutations,
        (definition, properties, e1, e2) => {
          const connector = loadConnector({
            definition: { fileName: 'apiDefinition.swagger.json', text: mutate(definition, e1), encoding: 'utf-8', bom: false },
            properties: { fileName: 'apiProperties.json', text: mutate(properties, e2), encoding: 'utf-8', bom: false },
          });
          for (const d of connector.diagnostics.filter((x) => x.severity === 'error'))
            expect(isOneSentence(d.message), d.message).toBe(true);
          // And the exporter writes what it loaded without throwing.
          exportConnector(connector);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('decoding then encoding bytes without an edit gives the same bytes', () => {
    const boms = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(boms, fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (bom, randomBytes, text) => {
        for (const body of [randomBytes, new TextEncoder().encode(text)]) {
          const bytes = new Uint8Array([...bom, ...body]);
          let decoded;
          try {
            decoded = decodeBytes(bytes);
          } catch (e) {
            // Binary data is refused, in a sentence.
            expect(e).toBeInstanceOf(TextDecodeError);
            expect(isOneSentence(`The file ${(e as Error).message}.`)).toBe(true);
            continue;
          }
          expect(Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.bom)).equals(Buffer.from(bytes))).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the importers', () => {
  const expectImportFailureOnly = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e, String((e as Error)?.stack)).toBeInstanceOf(ImportError);
      expect(isOneSentence((e as Error).message), (e as Error).message).toBe(true);
    }
  };

  it('parseApiDescription on random text throws only ImportErrors of one sentence', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), jsonishText),
        fc.constantFrom('api.json', 'api.yaml', 'api', undefined),
        (text, name) => {
          expectImportFailureOnly(() => parseApiDescription(text, name));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it.skipIf(!HAVE_CORPUS || SAMPLE_DESCRIPTIONS.length === 0)(
    'mutated OpenAPI and Postman descriptions from the corpus: read and converted, or refused in a sentence',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...SAMPLE_DESCRIPTIONS), mutations, ({ name, text }, edits) => {
          expectImportFailureOnly(() => {
            const parsed = parseApiDescription(mutate(text, edits), name);
            const detected = detectApiFormat(parsed.value);
            if (detected.format === 'unknown') return;
            checkImportSize(parsed.value, detected.format, name);
            if (detected.format === 'postman') importPostman(parsed.value);
            else if (detected.format === 'openapi3') importOpenApi3(parsed.value);
            else importOpenApi2(parsed.value);
          });
        }),
        { numRuns: 150 },
      );
    },
  );

  it('values of any shape given to each importer: converted, or refused in a sentence', () => {
    const shaped = fc.oneof(
      fc.record(
        {
          openapi: fc.constantFrom('3.0.3', '3.1.0'),
          info: fc.anything(),
          paths: fc.dictionary(fc.string({ maxLength: 12 }), fc.anything()),
          components: fc.anything(),
        },
        { requiredKeys: ['openapi'] },
      ),
      fc.record(
        {
          swagger: fc.constant('2.0'),
          info: fc.anything(),
          paths: fc.dictionary(fc.string({ maxLength: 12 }), fc.anything()),
          definitions: fc.anything(),
        },
        { requiredKeys: ['swagger'] },
      ),
      fc.record({
        info: fc.record({ name: fc.string(), schema: fc.constant('https://schema.getpostman.com/json/collection/v2.1.0/collection.json') }),
        item: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(shaped, (value) => {
        const v = value as Record<string, unknown>;
        expectImportFailureOnly(() => (v.openapi ? importOpenApi3(v) : v.swagger ? importOpenApi2(v) : importPostman(v)));
      }),
      { numRuns: 600 },
    );
  });

  it('external references of any spelling: bundled, or reported, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.webUrl(),
            fc.constantFrom('/etc/passwd', '../../x.json#/a', 'file:///x', 'C:\\x.json', '\\\\s\\x', '#/definitions/X', 'a.yaml#/~1/~0'),
          ),
          { maxLength: 6 },
        ),
        async (refs) => {
          const doc = {
            swagger: '2.0',
            info: { title: 'T', version: '1' },
            paths: Object.fromEntries(
              refs.map((r, i) => [`/p${i}`, { get: { responses: { '200': { description: 'OK', schema: { $ref: r } } } } }]),
            ),
          };
          const bundled = await bundleExternalRefs(doc, 'file:///api/root.json', async (_uri, ref) => {
            if (ref.length % 2) throw new RefRefusedError('refused.');
            return '{"a": {"type": "string"}}';
          });
          for (const n of bundled.report) expect(isOneSentence(n.message), n.message).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!HAVE_CORPUS)('open and save without an edit', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-props-'));
  });
  afterAll(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  /** The bytes of a corpus text written as an editor might have: BOM, UTF-16, CRLF. */
  const spellings = fc.constantFrom('as-is', 'utf-8-bom', 'utf-16le', 'utf-16be', 'crlf');
  const spell = (bytes: Buffer, how: string): Buffer => {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    switch (how) {
      case 'utf-8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
      case 'utf-16le':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      case 'utf-16be': {
        const le = Buffer.from(text, 'utf16le');
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
      }
      case 'crlf':
        return Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
      default:
        return bytes;
    }
  };

  it('the studio opens a corpus folder and saves it unchanged: every file keeps its bytes; so does an import of it', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLE_FOLDERS), spellings, async (source, how) => {
        const dir = path.join(tmp, `c${++run}`);
        await fs.mkdir(dir);
        const before = new Map<string, Buffer>();
        for (const name of await fs.readdir(source)) {
          const file = path.join(source, name);
          if (!(await fs.stat(file)).isFile()) continue;
          const bytes = /\.(json|md|csx)$/i.test(name) && how !== 'as-is' ? spell(await fs.readFile(file), how) : await fs.readFile(file);
          await fs.writeFile(path.join(dir, name), bytes);
          before.set(name, bytes);
        }
        const opened = await openConnectorFolder(dir);
        await saveConnectorFiles(dir, opened.files);
        for (const [name, bytes] of before) expect((await fs.readFile(path.join(dir, name))).equals(bytes), `${name} (${how})`).toBe(true);
        // Loaded and exported as an import of the folder writes it: the same bytes for every file it had.
        const raw = await readConnectorFolder(dir);
        const exported = exportConnector(loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes));
        for (const f of exported.files) {
          const original = before.get(f.name);
          if (original) expect(Buffer.from(f.bytes).equals(original), `exported ${f.name} (${how})`).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
