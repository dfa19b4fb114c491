// Mutation tests on real connectors: for each rule family, take a corpus connector that is clean for
// the rule, plant one violation with a minimal text edit, and check that exactly one new finding of
// that rule appears, at the place of the edit (pointer, line and column).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { certifyConnector, type CertifyProfile } from '../../shared/engines/certify';
import {
  decodeConnectorFiles,
  loadConnector,
  type ConnectorFileBytes,
  type LoadedConnector,
  type TextFileInput,
} from '../../shared/core/connector';
import {
  applyEdits,
  escapeSegment,
  removeValueEdits,
  setValueEdits,
  valueAt as valueAtPointer,
  type JsonDocument,
  type TextEdit,
} from '../../shared/core/text';
import { readConnectorFolder } from '../../main/services/connector-folder';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';
import { brandIcon, type Rgba } from '../shared/certify/png-fixture';

type FileKey = 'definition' | 'properties';

interface Plant {
  /** Picks the place to edit in a connector, or undefined when it has none. */
  find(c: LoadedConnector): { file: FileKey; pointer: string; edits: (doc: JsonDocument) => TextEdit[] } | undefined;
  rule: string;
  /** Where the new finding must be, given the pointer found. */
  at: (pointer: string) => string;
  profile?: CertifyProfile;
}

const isObj = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function firstOperation(def: any, pred: (op: any, path: string, method: string) => boolean): string | undefined {
  for (const [p, item] of Object.entries<any>(def?.paths ?? {})) {
    if (!isObj(item)) continue;
    for (const m of METHODS) if (isObj(item[m]) && pred(item[m], p, m)) return `/paths/${escapeSegment(p)}/${m}`;
  }
  return undefined;
}

/** Renames a key in place (the key text only). */
function renameKey(doc: JsonDocument, pointer: string, to: string): TextEdit[] {
  const key = doc.keyRangeOf(pointer)!;
  return [{ offset: key.offset, length: key.length, content: JSON.stringify(to) }];
}

/** The first inline, shown query parameter of an operation (with `pred`), as a pointer. */
function firstQueryParameter(def: any, pred: (p: any) => boolean): string | undefined {
  let found: string | undefined;
  firstOperation(def, (o, p, m) => {
    const i = (o.parameters ?? []).findIndex((x: any) => isObj(x) && x.in === 'query' && x['x-ms-visibility'] !== 'internal' && pred(x));
    if (i >= 0) found = `/paths/${escapeSegment(p)}/${m}/parameters/${i}`;
    return i >= 0;
  });
  return found;
}

/** Sets a string at `pointer` of the definition when `where` finds a place. */
function setString(where: (def: any) => string | undefined, value: string): Plant['find'] {
  return (c) => {
    const pointer = where(c.files.definition?.doc?.value);
    return pointer ? { file: 'definition', pointer, edits: (d) => setValueEdits(d, pointer, value) } : undefined;
  };
}

const opField =
  (field: string, pred: (o: any) => boolean = () => true) =>
  (def: any) => {
    const op = firstOperation(
      def,
      (o, _p, m) => m !== 'delete' && typeof o.summary === 'string' && typeof o.description === 'string' && pred(o),
    );
    return op ? `${op}/${field}` : undefined;
  };

const PLANTS: Record<string, Plant> = {
  'structure (host)': {
    rule: 'HostNameNotValid',
    find: (c) =>
      typeof (c.files.definition?.doc?.value as any)?.host === 'string'
        ? { file: 'definition', pointer: '/host', edits: (d) => setValueEdits(d, '/host', 'https://api.contoso.com/v1') }
        : undefined,
    at: (p) => p,
  },
  'extension (misspelt x-ms-visibility)': {
    rule: 'ExtensionNameNotValid',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      for (const [name, s] of Object.entries<any>(def?.definitions ?? {})) {
        for (const [prop, v] of Object.entries<any>(s?.properties ?? {})) {
          if (isObj(v) && v['x-ms-visibility'] !== undefined) {
            const pointer = `/definitions/${escapeSegment(name)}/properties/${escapeSegment(prop)}/x-ms-visibility`;
            return { file: 'definition', pointer, edits: (d) => renameKey(d, pointer, 'x-ms-visiblity') };
          }
        }
      }
      return undefined;
    },
    at: (p) => p.replace(/x-ms-visibility$/, 'x-ms-visiblity'),
  },
  'metadata (restricted word in the title)': {
    rule: 'ValueContainsRestrictedWords',
    find: (c) =>
      typeof (c.files.definition?.doc?.value as any)?.info?.title === 'string'
        ? { file: 'definition', pointer: '/info/title', edits: (d) => setValueEdits(d, '/info/title', 'Contoso API') }
        : undefined,
    at: (p) => p,
  },
  'operation (restricted character in a summary)': {
    rule: 'RestrictedCharactersInSummary',
    find: (c) => {
      const op = firstOperation(c.files.definition?.doc?.value, (o) => typeof o.summary === 'string');
      return op
        ? { file: 'definition', pointer: `${op}/summary`, edits: (d) => setValueEdits(d, `${op}/summary`, 'Get items & more') }
        : undefined;
    },
    at: (p) => p,
  },
  'parameter (optional path parameter)': {
    rule: 'PathParameterMustBeRequired',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      let found: string | undefined;
      firstOperation(def, (o, p, m) => {
        const i = (o.parameters ?? []).findIndex((x: any) => isObj(x) && x.in === 'path' && x.required === true);
        if (i >= 0) found = `/paths/${escapeSegment(p)}/${m}/parameters/${i}/required`;
        return i >= 0;
      });
      return found ? { file: 'definition', pointer: found, edits: (d) => setValueEdits(d, found!, false) } : undefined;
    },
    at: (p) => p,
  },
  'response (empty success schema)': {
    rule: 'ResponseSchemaEmpty',
    find: (c) => {
      const op = firstOperation(
        c.files.definition?.doc?.value,
        (o) => isObj(o.responses?.['200']) && isObj(o.responses['200'].schema) && !o.responses['200'].$ref,
      );
      return op
        ? { file: 'definition', pointer: `${op}/responses/200/schema`, edits: (d) => setValueEdits(d, `${op}/responses/200/schema`, {}) }
        : undefined;
    },
    at: (p) => p,
  },
  'schema (dangling $ref)': {
    rule: 'SchemaReferenceNotFound',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      const name = Object.keys(def?.definitions ?? {}).find(
        (n) => isObj(def.definitions[n]?.properties) && Object.keys(def.definitions[n].properties).length > 0,
      );
      if (!name) return undefined;
      const prop = Object.keys(def.definitions[name].properties)[0]!;
      const pointer = `/definitions/${escapeSegment(name)}/properties/${escapeSegment(prop)}`;
      return { file: 'definition', pointer, edits: (d) => setValueEdits(d, pointer, { $ref: '#/definitions/NoSuchDefinition' }) };
    },
    at: (p) => `${p}/$ref`,
  },
  'webhook (visible notification URL)': {
    rule: 'NotificationUrlNotInternal',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      let found: string | undefined;
      firstOperation(def, (o, p, m) => {
        if (!o['x-ms-trigger']) return false;
        const i = (o.parameters ?? []).findIndex((x: any) => isObj(x) && x.in === 'body' && isObj(x.schema?.properties));
        if (i < 0) return false;
        const props = o.parameters[i].schema.properties;
        const name = Object.keys(props).find(
          (k) => props[k]?.['x-ms-notification-url'] === true && props[k]['x-ms-visibility'] === 'internal',
        );
        if (name) found = `/paths/${escapeSegment(p)}/${m}/parameters/${i}/schema/properties/${escapeSegment(name)}`;
        return !!name;
      });
      return found ? { file: 'definition', pointer: found, edits: (d) => removeValueEdits(d, `${found}/x-ms-visibility`) } : undefined;
    },
    at: (p) => p,
  },
  'security (undefined requirement)': {
    rule: 'SecurityRequirementMustBeDefined',
    find: (c) =>
      isObj(c.files.definition?.doc?.value)
        ? { file: 'definition', pointer: '/security', edits: (d) => setValueEdits(d, '/security', [{ no_such_scheme: [] }]) }
        : undefined,
    at: (p) => `${p}/0/no_such_scheme`,
  },
  'properties (white brand colour)': {
    rule: 'IconBrandColorNotAllowed',
    find: (c) =>
      typeof (c.files.properties?.doc?.value as any)?.properties?.iconBrandColor === 'string'
        ? {
            file: 'properties',
            pointer: '/properties/iconBrandColor',
            edits: (d) => setValueEdits(d, '/properties/iconBrandColor', '#ffffff'),
          }
        : undefined,
    at: (p) => p,
  },
  'policy (unknown template)': {
    rule: 'PolicyTemplateUnknown',
    find: (c) => {
      const list = (c.files.properties?.doc?.value as any)?.properties?.policyTemplateInstances;
      return Array.isArray(list) && list.length
        ? {
            file: 'properties',
            pointer: '/properties/policyTemplateInstances/0/templateId',
            edits: (d) => setValueEdits(d, '/properties/policyTemplateInstances/0/templateId', 'setcookie'),
          }
        : undefined;
    },
    at: (p) => p,
  },
  'parameter (no x-ms-summary)': {
    rule: 'ParameterSummaryRequired',
    find: (c) => {
      const p = firstQueryParameter(
        c.files.definition?.doc?.value,
        (x) => typeof x['x-ms-summary'] === 'string' && typeof x.description === 'string',
      );
      return p ? { file: 'definition', pointer: p, edits: (d) => removeValueEdits(d, `${p}/x-ms-summary`) } : undefined;
    },
    at: (p) => p,
  },
  'parameter (no description)': {
    rule: 'ParameterDescriptionRequired',
    find: (c) => {
      const p = firstQueryParameter(
        c.files.definition?.doc?.value,
        (x) => typeof x['x-ms-summary'] === 'string' && typeof x.description === 'string',
      );
      return p ? { file: 'definition', pointer: p, edits: (d) => removeValueEdits(d, `${p}/description`) } : undefined;
    },
    at: (p) => p,
  },
  'parameter (lower-case x-ms-summary)': {
    rule: 'SummaryNotTitleCase',
    find: setString((def) => {
      const p = firstQueryParameter(def, (x) => typeof x['x-ms-summary'] === 'string');
      return p && `${p}/x-ms-summary`;
    }, 'number of items'),
    at: (p) => p,
  },
  'parameter (a number for x-ms-summary)': {
    rule: 'NumberWrittenForString',
    find: (c) => {
      const p = firstQueryParameter(c.files.definition?.doc?.value, (x) => typeof x['x-ms-summary'] === 'string');
      return p ? { file: 'definition', pointer: `${p}/x-ms-summary`, edits: (d) => setValueEdits(d, `${p}/x-ms-summary`, 1) } : undefined;
    },
    at: (p) => p,
  },
  'response (success response without a schema)': {
    rule: 'ResponseSchemaMissing',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      const op = firstOperation(def, (o, p, m) => {
        const success = Object.keys(o.responses ?? {}).filter((k) => /^2\d\d$/.test(k));
        return (
          m === 'get' &&
          def.paths[p]['x-ms-notification-content'] === undefined &&
          o['x-ms-visibility'] !== 'internal' &&
          success.length === 1 &&
          success[0] === '200' &&
          isObj(o.responses['200'].schema) &&
          !o.responses['200'].$ref
        );
      });
      return op
        ? { file: 'definition', pointer: `${op}/responses/200`, edits: (d) => removeValueEdits(d, `${op}/responses/200/schema`) }
        : undefined;
    },
    at: (p) => p,
  },
  'operation (description repeats the summary)': {
    rule: 'SummaryEqualsDescription',
    find: (c) => {
      const def = c.files.definition?.doc?.value as any;
      const pointer = opField('description', (o) => o.summary.trim() !== '' && o.summary !== o.description)(def);
      const summary = pointer && (valueAtPointer(def, pointer.replace(/description$/, 'summary')) as string);
      return pointer ? { file: 'definition', pointer, edits: (d) => setValueEdits(d, pointer, summary) } : undefined;
    },
    at: (p) => p,
  },
  'operation (summary with a full stop)': {
    rule: 'SummaryCharactersNotRecommended',
    find: setString(opField('summary'), 'List the items.'),
    at: (p) => p,
  },
  'operation (description not a sentence)': {
    rule: 'DescriptionNotSentence',
    find: setString(opField('description'), 'lists the items of the account'),
    at: (p) => p,
  },
  'operation (URL in a description)': {
    rule: 'DescriptionContainsUrl',
    find: setString(opField('description'), 'Lists the items; see https://docs.example.com/items for the fields.'),
    at: (p) => p,
  },
  'metadata (product name in the description)': {
    rule: 'DescriptionContainsProductName',
    find: setString(
      (def) => (typeof def?.info?.description === 'string' ? '/info/description' : undefined),
      'Manage the items of your account from Power Automate flows and Power Apps.',
    ),
    at: (p) => p,
  },
  'operation (operationId over the limit)': {
    rule: 'OperationIdTooLong',
    find: setString(
      (def) => {
        const op = firstOperation(def, (o) => typeof o.operationId === 'string');
        return op && `${op}/operationId`;
      },
      `GetItems${'AndMore'.repeat(20)}`,
    ),
    at: (p) => p,
  },
  'parameter (path parameter with a default)': {
    rule: 'OperationPathVariablesContainDefaults',
    find: (c) => {
      let found: string | undefined;
      firstOperation(c.files.definition?.doc?.value, (o, p, m) => {
        const i = (o.parameters ?? []).findIndex(
          (x: any) => isObj(x) && x.in === 'path' && x.default === undefined && x['x-ms-visibility'] !== 'internal',
        );
        if (i >= 0) found = `/paths/${escapeSegment(p)}/${m}/parameters/${i}/default`;
        return i >= 0;
      });
      return found ? { file: 'definition', pointer: found, edits: (d) => setValueEdits(d, found!, 'first') } : undefined;
    },
    at: (p) => p,
  },
  'operation (XML in consumes)': {
    rule: 'MimeTypeNotSupported',
    find: (c) =>
      isObj(c.files.definition?.doc?.value)
        ? { file: 'definition', pointer: '/consumes', edits: (d) => setValueEdits(d, '/consumes', ['application/json', 'application/xml']) }
        : undefined,
    at: (p) => `${p}/1`,
  },
  'metadata (no info.description, which paconn needs)': {
    rule: 'InfoDescriptionRequired',
    profile: 'custom',
    find: (c) =>
      typeof (c.files.definition?.doc?.value as any)?.info?.description === 'string'
        ? { file: 'definition', pointer: '/info', edits: (d) => removeValueEdits(d, '/info/description') }
        : undefined,
    at: (p) => p,
  },
  'security (OAuth 2.0 connection without a client id)': {
    rule: 'OAuthSettingsIncomplete',
    profile: 'custom',
    find: (c) => {
      const o = (c.files.properties?.doc?.value as any)?.properties?.connectionParameters?.token?.oAuthSettings;
      const pointer = '/properties/connectionParameters/token/oAuthSettings/clientId';
      return isObj(o) && typeof o.clientId === 'string' && o.clientId !== ''
        ? { file: 'properties', pointer, edits: (d) => setValueEdits(d, pointer, '') }
        : undefined;
    },
    at: (p) => p,
  },
  'security (a real client secret)': {
    rule: 'SecretInApiProperties',
    find: (c) => {
      const o = (c.files.properties?.doc?.value as any)?.properties?.connectionParameters?.token?.oAuthSettings;
      const pointer = '/properties/connectionParameters/token/oAuthSettings/clientSecret';
      return isObj(o)
        ? { file: 'properties', pointer, edits: (d) => setValueEdits(d, pointer, 'q8W~d9Kf2.Xn7Tz_Lm3Vb6Qr1Hs4Jc0Pa5Ye8Ug') }
        : undefined;
    },
    at: (p) => p,
  },
};

function reload(c: LoadedConnector, file: FileKey, text: string): LoadedConnector {
  const texts: Partial<Record<string, TextFileInput>> = {};
  for (const [k, f] of Object.entries(c.files))
    texts[k] = { fileName: f.fileName, text: k === file ? text : f.text, encoding: f.encoding, bom: f.bom };
  return loadConnector(texts);
}

describe.skipIf(!HAVE_CORPUS)('corpus: planted violations are found where they are planted', () => {
  const connectors: { rel: string; c: LoadedConnector }[] = [];

  beforeAll(async () => {
    // Strict-JSON certified connectors (positions come from the fast locator) in corpus order.
    for (const rel of corpusConnectors().filter((r) => r.startsWith('certified-connectors/'))) {
      const raw = await readConnectorFolder(path.join(CONNECTORS_DIR, rel));
      const c = loadConnector(decodeConnectorFiles(raw));
      if (c.files.definition?.doc?.isStrict && c.files.properties?.doc?.isStrict) connectors.push({ rel, c });
      if (connectors.length >= 120) break;
    }
  }, 120_000);

  for (const [family, plant] of Object.entries(PLANTS)) {
    it(family, () => {
      const profile = plant.profile ?? 'certified';
      const count = (c: LoadedConnector, at: string) =>
        certifyConnector(c, { profile }).diagnostics.filter((d) => d.code === plant.rule && d.pointer === at);
      // The first connector that has the place to edit and no such finding yet.
      const pick = connectors
        .map(({ rel, c }) => ({ rel, c, spot: plant.find(c) }))
        .find((x) => x.spot && count(x.c, plant.at(x.spot.pointer)).length === 0);
      expect(pick, `no corpus connector fits the ${family} plant`).toBeTruthy();
      const { rel, c, spot } = pick!;
      const doc = c.files[spot!.file]!.doc!;
      const edits = spot!.edits(doc);
      const text = applyEdits(doc.text, edits);
      // Minimal: everything before the first edit is untouched.
      expect(text.slice(0, edits[0]!.offset)).toBe(doc.text.slice(0, edits[0]!.offset));
      const mutated = reload(c, spot!.file, text);
      const before = certifyConnector(c, { profile }).diagnostics.filter((d) => d.code === plant.rule).length;
      const after = certifyConnector(mutated, { profile }).diagnostics.filter((d) => d.code === plant.rule);
      expect(after.length, `${rel}: one new ${plant.rule}`).toBe(before + 1);
      const at = plant.at(spot!.pointer);
      const found = after.filter((d) => d.pointer === at);
      expect(found, `${rel}: ${plant.rule} at ${at}`).toHaveLength(1);
      // Its line and column are those of the planted value (or key) in the new text.
      const mdoc = mutated.files[spot!.file]!.doc!;
      const candidates = [mdoc.rangeOf(at), mdoc.keyRangeOf(at)].filter((r) => r !== undefined).map((r) => mdoc.lines.position(r.offset));
      expect(candidates.length, `${at} is in the mutated text`).toBeGreaterThan(0);
      expect(
        candidates.map((p) => `${p.line}:${p.column}`),
        rel,
      ).toContain(`${found[0]!.line}:${found[0]!.column}`);
    });
  }
});

// Violations that are not in the JSON text: a file's bytes, or a file beside the definition.
interface FilePlant {
  rule: string;
  profile?: CertifyProfile;
  /** Changes the raw folder (a copy); undefined when the connector does not fit. */
  plant(raw: ConnectorFileBytes, c: LoadedConnector): ConnectorFileBytes | undefined;
  file: FileKey;
  /** Where the finding must be, in the planted connector. */
  at(c: LoadedConnector): string;
}

/**
 * A plant whose finding is about a file that is not JSON: that file, and its line (0: none), or
 * the line worked out from the connector before the plant.
 */
interface OtherFilePlant {
  rule: string;
  profile?: CertifyProfile;
  plant(raw: ConnectorFileBytes, c: LoadedConnector): ConnectorFileBytes | undefined;
  in: { file: string; line: number | ((c: LoadedConnector) => number) };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => new TextEncoder().encode(text);
const brandOf = (c: LoadedConnector): Rgba => {
  const hex = String((c.files.properties?.doc?.value as any)?.properties?.iconBrandColor ?? '#0f6cbd');
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
};
const withIcon = (raw: ConnectorFileBytes, bytes: Uint8Array): ConnectorFileBytes | undefined =>
  raw.icon || !raw.properties ? undefined : { ...raw, icon: { fileName: 'icon.png', bytes } };
const readmeText = (raw: ConnectorFileBytes) => (raw.readme ? new TextDecoder().decode(raw.readme.bytes) : undefined);

/**
 * A README's "## Known Issues and Limitations" section (its lines, start to end, 0-based) when it
 * follows "## Obtaining Credentials" as the template has it, with a section after it, and no other
 * heading words either (nor Getting Started, which the template puts between them).
 */
function knownIssuesSection(text: string | undefined): { lines: string[]; start: number; end: number } | undefined {
  const lines = text?.split('\n') ?? [];
  const h2 = lines.flatMap((l, i) => (/^## /.test(l) ? [i] : []));
  const at = h2.findIndex((i) => /^## known issues and limitations\s*$/i.test(lines[i]!));
  if (at < 1 || at === h2.length - 1 || !/^## obtaining credentials\s*$/i.test(lines[h2[at - 1]!]!)) return undefined;
  const wording = lines.filter(
    (l) => /^\s*#/.test(l) && /credential|authenticat|api key|access token|getting started|known issue|limitation/i.test(l),
  );
  return wording.length === 2 ? { lines, start: h2[at]!, end: h2[at + 1]! } : undefined;
}

const FILE_PLANTS: Record<string, FilePlant | OtherFilePlant> = {
  'structure (byte order mark before the definition)': {
    rule: 'FileEncodingNotSupported',
    profile: 'custom',
    plant: (raw) =>
      raw.definition && raw.definition.bytes[0] !== 0xef
        ? { ...raw, definition: { ...raw.definition, bytes: new Uint8Array([...UTF8_BOM, ...raw.definition.bytes]) } }
        : undefined,
    file: 'definition',
    at: () => '',
  },
  'properties (a JPEG as icon.png)': {
    rule: 'IconFormatNotValid',
    plant: (raw) => withIcon(raw, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1])),
    in: { file: 'icon.png', line: 0 },
  },
  'properties (an icon that is not square)': {
    rule: 'IconSizeNotValid',
    plant: (raw, c) => withIcon(raw, brandIcon(230, 180, brandOf(c))),
    in: { file: 'icon.png', line: 0 },
  },
  'properties (an icon on white)': {
    rule: 'IconBackgroundNotValid',
    plant: (raw, c) => withIcon(raw, brandIcon(230, 230, [255, 255, 255, 255], brandOf(c))),
    in: { file: 'icon.png', line: 0 },
  },
  'limits (script.csx over 1 MB)': {
    rule: 'ScriptTooLarge',
    plant: (raw) =>
      raw.script || !raw.properties
        ? undefined
        : { ...raw, script: { fileName: 'script.csx', bytes: utf8(`// ${'x'.repeat(1100 * 1024)}\n`) } },
    in: { file: 'script.csx', line: 1 },
  },
  'structure (no readme.md)': {
    rule: 'ReadmeMissing',
    plant: (raw) => {
      if (!raw.readme) return undefined;
      const { readme: _gone, ...rest } = raw;
      return rest;
    },
    // Named where it belongs, with no line: there is no file.
    in: { file: 'README.md', line: 0 },
  },
  'structure (readme.md without Known Issues)': {
    rule: 'ReadmeSectionsMissing',
    // The whole section removed: the finding is where it was, after Obtaining Credentials.
    plant: (raw) => {
      const section = knownIssuesSection(readmeText(raw));
      if (!section) return undefined;
      const { lines, start, end } = section;
      return { ...raw, readme: { ...raw.readme!, bytes: utf8([...lines.slice(0, start), ...lines.slice(end)].join('\n')) } };
    },
    in: { file: 'README.md', line: (c) => knownIssuesSection(c.files.readme?.text)!.start + 1 },
  },
};

describe.skipIf(!HAVE_CORPUS)('corpus: planted files are found', () => {
  const folders: { rel: string; raw: ConnectorFileBytes }[] = [];

  beforeAll(async () => {
    for (const rel of corpusConnectors().filter((r) => r.startsWith('certified-connectors/'))) {
      folders.push({ rel, raw: await readConnectorFolder(path.join(CONNECTORS_DIR, rel)) });
      if (folders.length >= 60) break;
    }
  }, 120_000);

  // As the command line reads a folder: absent files are absent.
  const load = (raw: ConnectorFileBytes): LoadedConnector => ({
    ...loadConnector(decodeConnectorFiles(raw), raw.icon?.bytes),
    folder: true,
  });
  const check = (c: LoadedConnector, profile: CertifyProfile) => certifyConnector(c, { profile }).diagnostics;

  for (const [family, plant] of Object.entries(FILE_PLANTS)) {
    it(family, () => {
      const profile = plant.profile ?? 'certified';
      const pick = folders
        .map(({ rel, raw }) => {
          const c = load(raw);
          return { rel, c, planted: plant.plant(raw, c) };
        })
        .find((x) => x.planted && !check(x.c, profile).some((d) => d.code === plant.rule));
      expect(pick, `no corpus connector fits the ${family} plant`).toBeTruthy();
      const mutated = load(pick!.planted!);
      const found = check(mutated, profile).filter((d) => d.code === plant.rule);
      if ('in' in plant) {
        // The file as spelt in the folder (or its standard name when absent), no pointer.
        const spelt = Object.values(pick!.planted!).find((f) => f.fileName.toLowerCase() === plant.in.file.toLowerCase());
        const line = typeof plant.in.line === 'function' ? plant.in.line(pick!.c) : plant.in.line;
        const column = line ? 1 : 0;
        expect(
          found.map((d) => `${d.file} ${d.pointer} ${d.line}:${d.column}`),
          pick!.rel,
        ).toEqual([`${spelt?.fileName ?? plant.in.file} undefined ${line}:${column}`]);
        return;
      }
      const at = plant.at(mutated);
      const doc = mutated.files[plant.file]!.doc!;
      // A file's root is its first character; the properties object is named by its key.
      const range = at === '' ? { offset: 0 } : at === '/properties' ? doc.keyRangeOf(at) : doc.rangeOf(at);
      const pos = doc.lines.position(range!.offset);
      expect(
        found.map((d) => `${d.file} ${d.pointer} ${d.line}:${d.column}`),
        pick!.rel,
      ).toEqual([`${mutated.files[plant.file]!.fileName} ${at} ${pos.line}:${pos.column}`]);
    });
  }
});
