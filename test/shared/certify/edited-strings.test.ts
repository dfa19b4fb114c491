// The checker on files edited inside string values since their last parse (the studio's worker after
// keystrokes in a description: JsonDocument.editStringValues, locations found in the source text and
// shifted): it must report exactly what it reports on a fresh parse of the same texts, at the same
// places (offset, length, line, column), with the same fixes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certifyConnector, type CertifyDiagnostic, type CertifyProfile } from '../../../shared/engines/certify';
import { loadConnector } from '../../../shared/core/connector';
import { JsonDocument } from '../../../shared/core/text';
import { valueStringAt } from '../../../shared/core/text/value-string-at';
import { CONNECTORS_DIR, HAVE_CORPUS } from '../../support/corpus';

type Change = { offset: number; length: number; text: string };
type FileKey = 'definition' | 'properties';

/** A change inside the string value that follows the first `after` from `from` on (offset into its content). */
function inside(text: string, after: string, at: number, insert: string, remove = 0, from = 0): Change | undefined {
  const i = text.indexOf(after, from);
  return i < 0 ? undefined : { offset: i + after.length + at, length: remove, text: insert };
}

function plain(d: CertifyDiagnostic) {
  const { fix: _fix, ...rest } = d;
  return { ...rest, fixable: Object.hasOwn(d, 'fix') };
}

function check(docs: Record<FileKey, JsonDocument>, profile: CertifyProfile, withFixes: boolean) {
  const input = (key: FileKey, fileName: string, doc?: JsonDocument) => ({
    fileName,
    text: docs[key].text,
    ...(doc ? { doc } : {}),
    encoding: 'utf-8' as const,
    bom: false,
  });
  const edited = certifyConnector(
    loadConnector({
      definition: input('definition', 'apiDefinition.swagger.json', docs.definition),
      properties: input('properties', 'apiProperties.json', docs.properties),
    }),
    { profile },
  );
  const fresh = certifyConnector(
    loadConnector({ definition: input('definition', 'apiDefinition.swagger.json'), properties: input('properties', 'apiProperties.json') }),
    { profile },
  );
  expect(edited.diagnostics.map(plain)).toEqual(fresh.diagnostics.map(plain));
  if (withFixes) expect(edited.diagnostics.map((d) => JSON.stringify(d.fix))).toEqual(fresh.diagnostics.map((d) => JSON.stringify(d.fix)));
  return edited.diagnostics;
}

const CONNECTORS: [string, CertifyProfile][] = [
  ['certified-connectors/Encodian', 'certified'],
  ['independent-publisher-connectors/HubSpot CRM V2', 'independent-publisher'],
  ['custom-connectors/AzureKeyVault', 'custom'],
];

describe.skipIf(!HAVE_CORPUS)('certifying files edited inside string values', () => {
  for (const [name, profile] of CONNECTORS) {
    const dir = path.join(CONNECTORS_DIR, name);
    it.skipIf(!existsSync(path.join(dir, 'apiProperties.json')))(
      `${name}: the same findings as a fresh parse, at each step`,
      () => {
        const read = (f: string) => readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
        const docs: Record<FileKey, JsonDocument> = {
          definition: JsonDocument.parse(read('apiDefinition.swagger.json')),
          properties: JsonDocument.parse(read('apiProperties.json')),
        };
        const sources = { ...docs };
        expect(docs.definition.isStrict && docs.properties.isStrict).toBe(true);
        const before = check(docs, profile, false).length;

        // Edits that make findings come and go (on values that are strings), then random ones.
        const targeted: [FileKey, (t: string) => Change | undefined][] = [
          ['definition', (t) => inside(t, '"host": "', 0, 'https://')],
          ['definition', (t) => inside(t, '"$ref": "#/definitions/', 0, 'Missing')],
          ['definition', (t) => inside(t, '"type": "string', -1, 'x')],
          [
            'definition',
            (t) =>
              inside(t, '"summary": "', 0, 'A summary that is much too long for the platform, which shows eighty characters at most, '),
          ],
          ['definition', (t) => inside(t, '"description": "', 0, 'Deep in the file: ', 0, Math.floor(t.length * 0.8))],
          ['definition', (t) => inside(t, '"x-ms-visibility": "', 0, 'not ')],
          ['definition', (t) => inside(t, '"operationId": "', 0, 'X')],
          ['properties', (t) => inside(t, '"iconBrandColor": "', 1, 'zz')],
          [
            'properties',
            (t) => inside(t, '"publisher": "', 0, '', t.indexOf('"', t.indexOf('"publisher": "') + 14) - t.indexOf('"publisher": "') - 14),
          ],
          ['definition', (t) => inside(t, '"host": "', 0, '', 'https://'.length)],
          ['definition', (t) => inside(t, '"$ref": "#/definitions/', 0, '', 'Missing'.length)],
        ];
        let seed = 99;
        const random = (n: number) => {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          return (seed >>> 8) % n;
        };
        for (let i = 0; i < 12; i++) {
          targeted.push([
            random(4) ? 'definition' : 'properties',
            (t) => {
              for (let tries = 0; tries < 50; tries++) {
                const o = random(t.length);
                const span = valueStringAt(t, o);
                if (span && o > span.start)
                  return {
                    offset: o,
                    length: random(3) === 0 && o < span.end - 2 ? 1 : 0,
                    text: ['a', ' ', '\\u00e9', '\u00e9', ''][random(5)]!,
                  };
              }
              return undefined;
            },
          ]);
        }

        let changedFindings = 0;
        let last = before;
        targeted.forEach(([key, make], step) => {
          const c = make(docs[key].text);
          if (!c) return;
          const next = JsonDocument.editStringValues(docs[key], [c]);
          expect(next, `step ${step}: ${JSON.stringify(c)}`).toBeDefined();
          docs[key] = next!;
          expect(docs[key].source).toBe(sources[key]);
          const found = check(docs, profile, step % 4 === 0).length;
          if (found !== last) changedFindings++;
          last = found;
        });
        expect(changedFindings).toBeGreaterThan(0);
      },
      120_000,
    );
  }
});
