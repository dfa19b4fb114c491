// Finds secrets written into apiProperties.json: OAuth client secrets and default values of
// secure parameters. Placeholders that public connectors carry ("[[DUMMY]]", "YOUR_CLIENT_SECRET",
// an environment-variable reference) are not secrets; anything else in those places is, and the
// exporter removes it: secrets belong in the OS keychain, never in a file.
//
// The scan walks the syntax tree, not the parsed value, so a secret hidden behind a later
// duplicate key (which the value would not show) is found too.
import type { JsonDocument, JsonNode } from '../../core/text/json-document';
import { formatPointer } from '../../core/text/json-pointer';

export interface WrittenSecret {
  /** JSON pointer of the secret value. */
  pointer: string;
  /** The property node (key and value) to remove. */
  property: JsonNode;
  what: string;
}

const PLACEHOLDER = /^(\[\[.*\]\]|<.*>|\{\{.*\}\}|@environmentVariables\(.*\)|dummy|test|none|null|secret|x+|\*+|-+)$/i;
/** SHOUTED_WORDS such as YOUR_CLIENT_SECRET. */
const SHOUTED = /^[A-Z]+(_[A-Z0-9]+)+$/;

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || PLACEHOLDER.test(v) || SHOUTED.test(v);
}

function keyOf(property: JsonNode): unknown {
  return property.children?.[0]?.value;
}

function isSecretString(node: JsonNode | undefined): boolean {
  return node?.type === 'string' && typeof node.value === 'string' && !isPlaceholder(node.value);
}

/** The connection parameter a path lies under: the key after `connectionParameters` or a set's `parameters`. */
function ownerOf(path: string[]): string | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === 'connectionParameters' || path[i] === 'parameters') return path[i + 1];
  }
  return undefined;
}

export function findWrittenSecrets(doc: JsonDocument): WrittenSecret[] {
  const out: WrittenSecret[] = [];
  const visit = (node: JsonNode, path: string[]) => {
    if (node.type === 'object') {
      const props = node.children ?? [];
      const secure = props.some((p) => keyOf(p) === 'type' && p.children?.[1]?.value === 'securestring');
      const owner = ownerOf(path);
      const of = owner ? ` of "${owner}"` : '';
      for (const p of props) {
        const key = keyOf(p);
        const value = p.children?.[1];
        const pointer = formatPointer([...path, String(key)]);
        if (key === 'clientSecret' && isSecretString(value)) out.push({ pointer, property: p, what: `the OAuth client secret${of}` });
        else if (secure && key === 'defaultValue' && isSecretString(value)) {
          out.push({ pointer, property: p, what: `the default value of the secure parameter${owner ? ` "${owner}"` : ''}` });
        }
        if (value) visit(value, [...path, String(key)]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, i) => visit(item, [...path, String(i)]));
    }
  };
  if (doc.tree) visit(doc.tree, []);
  return out;
}
