// Finds secrets written into apiProperties.json: OAuth client secrets and default values of
// secure parameters. Placeholders that public connectors carry ("[[DUMMY]]", "YOUR_CLIENT_SECRET",
// an environment-variable reference) are not secrets; anything else in those places is, and the
// exporter removes it: secrets belong in the OS keychain, never in a file.
//
// The scan walks the syntax tree, not the parsed value, so a secret hidden behind a later
// duplicate key (which the value would not show) is found too.
import type { JsonDocument, JsonNode } from '../../core/text';
import { formatPointer } from '../../core/text';

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

/** Words that mark a value as an instruction to the reader ("Value-From-Your-App-Registration"), wherever they stand. */
const INSTRUCTION_WORDS = new Set(['your', 'placeholder', 'changeme', 'replaceme']);
/** Words that, in a value made only of words, mark it as a placeholder ("client-secret-here", "My Secret Value"). */
const HINT_WORDS = new Set([
  ...INSTRUCTION_WORDS,
  ...['my', 'the', 'a', 'value', 'secret', 'client', 'app', 'application', 'registration', 'here', 'enter', 'insert', 'replace'],
  ...[
    'put',
    'paste',
    'fill',
    'goes',
    'from',
    'key',
    'password',
    'token',
    'dummy',
    'fake',
    'test',
    'demo',
    'example',
    'sample',
    'todo',
    'tbd',
  ],
]);

/** The words of a value: split at anything but letters and digits, and between camelCase humps. */
function wordsOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True for values that stand in for a secret: empty, bracketed ("[[DUMMY]]", "<secret>"), SHOUTED,
 * an environment-variable reference, or words that tell the reader what to put there (Microsoft's
 * templates and accepted connectors carry "Value-From-Your-App-Registration"). Anything else,
 * and any value with the look of a generated secret, is a secret.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '' || PLACEHOLDER.test(v) || SHOUTED.test(v)) return true;
  const words = wordsOf(v);
  if (words.some((w) => INSTRUCTION_WORDS.has(w))) return true;
  // Only letters, in two or more words (separated, or camelCase), one of them a hint: a phrase, not a generated secret.
  const phrase = /^[A-Za-z]+([-_ .][A-Za-z]+)+$/.test(v) || /^[A-Za-z][a-z]+([A-Z][a-z]+)+$/.test(v);
  return phrase && words.some((w) => HINT_WORDS.has(w));
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
