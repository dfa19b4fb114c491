// Completions and hovers of the raw editor, computed by the JSON language service Monaco's JSON
// worker runs (vscode-json-languageservice, from Monaco's own bundle) with the options the studio
// gives it: x-ms-* keys where the schema allows them, their allowed values, and descriptions.
import { describe, expect, it } from 'vitest';
import { connectorJsonOptions, EXTENSION_DOCS, withExtensionDocs } from '../../renderer/editor/x-ms-completions';
import { apiDefinitionSchema } from '../../shared/engines/certify/generated/connector-schemas.js';

interface Position {
  line: number;
  character: number;
}
interface TextDocument {
  positionAt(offset: number): Position;
}
interface CompletionItem {
  label: string;
  insertText?: string;
  documentation?: string | { value: string };
}
interface LanguageService {
  configure(settings: unknown): void;
  parseJSONDocument(doc: TextDocument): unknown;
  doComplete(doc: TextDocument, at: Position, json: unknown): Promise<{ items: CompletionItem[] } | null>;
  doHover(doc: TextDocument, at: Position, json: unknown): Promise<{ contents: unknown } | null>;
}

// Monaco ships these modules without type declarations: typed here by what the test uses.
const SERVICE = 'monaco-editor/esm/external/vscode-json-languageservice/lib/esm/jsonLanguageService.js';
const DOCUMENT = 'monaco-editor/esm/external/vscode-languageserver-textdocument/lib/esm/main.js';
const { getLanguageService } = (await import(SERVICE)) as { getLanguageService(params: object): LanguageService };
const { TextDocument } = (await import(DOCUMENT)) as {
  TextDocument: { create(uri: string, lang: string, version: number, text: string): TextDocument };
};

const service = getLanguageService({});
service.configure(connectorJsonOptions());

/** `|` marks the cursor. */
function at(file: string, marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = TextDocument.create(`inmemory://connector-1/${file}`, 'json', 1, text);
  return { doc, position: doc.positionAt(offset), json: service.parseJSONDocument(doc) };
}

async function complete(file: string, marked: string): Promise<CompletionItem[]> {
  const { doc, position, json } = at(file, marked);
  return (await service.doComplete(doc, position, json))?.items ?? [];
}

async function hover(file: string, marked: string): Promise<string> {
  const { doc, position, json } = at(file, marked);
  const result = await service.doHover(doc, position, json);
  return JSON.stringify(result?.contents ?? '');
}

const docText = (item: CompletionItem | undefined) =>
  typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? '');

const OPERATION = (inner: string) => `{
  "swagger": "2.0",
  "info": { "title": "T", "version": "1.0" },
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        ${inner}
      }
    }
  }
}`;

describe('x-ms-* completions from the schema', () => {
  it('offers the extensions an operation may hold, described, while a key is typed', async () => {
    const items = await complete('apiDefinition.swagger.json', OPERATION('"x-ms-vis|'));
    const labels = items.map((i) => i.label);
    expect(labels).toContain('x-ms-visibility');
    expect(labels).toContain('x-ms-trigger');
    expect(labels).toContain('x-ms-pageable');
    // Extensions that belong elsewhere are not offered on an operation.
    expect(labels).not.toContain('x-ms-connector-metadata');
    expect(labels).not.toContain('x-ms-url-encoding');
    const visibility = items.find((i) => i.label === 'x-ms-visibility');
    expect(visibility?.insertText).toMatch(/^"x-ms-visibility": /);
    expect(docText(visibility)).toBe(EXTENSION_DOCS['x-ms-visibility']!.description);
    // Where the schema has a description, that is the one shown.
    expect(docText(items.find((i) => i.label === 'x-ms-pageable'))).toBe('This extension configures an operation to be pageable.');
  });

  it('offers root extensions at the root and parameter extensions in a parameter', async () => {
    const root = (await complete('apiDefinition.swagger.json', '{\n  "swagger": "2.0",\n  "x-ms-|\n}')).map((i) => i.label);
    expect(root).toEqual(expect.arrayContaining(['x-ms-connector-metadata', 'x-ms-capabilities', 'x-ms-docs']));
    expect(root).not.toContain('x-ms-visibility');
    const parameter = (
      await complete(
        'apiDefinition.swagger.json',
        OPERATION('"parameters": [{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-| }]'),
      )
    ).map((i) => i.label);
    expect(parameter).toEqual(expect.arrayContaining(['x-ms-url-encoding', 'x-ms-summary', 'x-ms-visibility', 'x-ms-dynamic-values']));
  });

  it('offers the allowed values of an enum, each described', async () => {
    const visibility = await complete('apiDefinition.swagger.json', OPERATION('"x-ms-visibility": |'));
    expect(visibility.map((i) => i.label)).toEqual(['"important"', '"advanced"', '"internal"']);
    expect(docText(visibility[2])).toBe('Never shown to the user.');
    const trigger = await complete('apiDefinition.swagger.json', OPERATION('"x-ms-trigger": "|"'));
    expect(trigger.map((i) => i.label)).toEqual(['"batch"', '"single"']);
  });

  it("shows the title and description on hover, and the value's meaning", async () => {
    const key = await hover('apiDefinition.swagger.json', OPERATION('"x-ms-vi|sibility": "advanced"'));
    expect(key).toContain('Specifies the user\\\\-facing visibility for an entity');
    expect(key).toContain('How prominently the designer shows');
    expect(key).toContain('Hidden under the advanced options');
    const notification = await hover('apiDefinition.swagger.json', OPERATION('"x-ms-notifi|cation": { "operationId": "Subscribe" }'));
    expect(notification).toContain('the operation that registers the webhook');
  });

  it('completes policy template parameters in apiProperties.json', async () => {
    const items = await complete(
      'apiProperties.json',
      '{ "properties": { "iconBrandColor": "#da3b01", "policyTemplateInstances": [{ "templateId": "setheader", "title": "Key", "parameters": { "x-ms-apimTemplateParameter.existsAction": | } }] } }',
    );
    expect(items.map((i) => i.label)).toEqual(['"override"', '"skip"', '"append"']);
    expect(docText(items[0])).toBe('Replace it.');
    const keys = (await complete('apiProperties.json', '{ "properties": { "iconBrandColor": "#da3b01", "|" } }')).map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(['capabilities', 'connectionParameters', 'policyTemplateInstances']));
  });

  it('is not offered for other files', async () => {
    expect(await complete('settings.json', OPERATION('"x-ms-vis|'))).toEqual([]);
  });
});

describe('withExtensionDocs', () => {
  it("describes every x-ms-* key on its definition, keeps the schema's own descriptions, and leaves the input alone", () => {
    const described = withExtensionDocs(apiDefinitionSchema);
    const defs = described.definitions as Record<string, Record<string, unknown>>;
    const original = apiDefinitionSchema.definitions as Record<string, Record<string, unknown>>;
    expect(defs['x-ms-trigger']!.description).toBe(EXTENSION_DOCS['x-ms-trigger']!.description);
    expect(defs['x-ms-trigger']!.enumDescriptions).toEqual([
      EXTENSION_DOCS['x-ms-trigger']!.values!.batch,
      EXTENSION_DOCS['x-ms-trigger']!.values!.single,
    ]);
    expect(defs['x-ms-pageable']!.description).toBe(original['x-ms-pageable']!.description);
    // "[TODO] ???" and the dynamic-list text copied onto dynamic-schema are replaced.
    expect(original['x-ms-deployment-version']!.description).toBe('[TODO] ???');
    expect(defs['x-ms-deployment-version']!.description).toBe(EXTENSION_DOCS['x-ms-deployment-version']!.description);
    expect(defs['x-ms-dynamic-schema']!.description).toBe(EXTENSION_DOCS['x-ms-dynamic-schema']!.description);
    expect(original['x-ms-trigger']!.description).toBeUndefined();
    // Every x-ms-* definition the schema refers to ends up described.
    const undescribed = Object.entries(defs).filter(
      ([name, d]) => name.startsWith('x-ms-') && !(typeof d.description === 'string' && d.description),
    );
    expect(undescribed.map(([name]) => name)).toEqual([]);
  });
});
