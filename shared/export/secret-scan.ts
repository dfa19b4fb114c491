// Finds secrets written into apiProperties.json: OAuth client secrets and default values of
// secure parameters. Placeholders that public connectors carry ("[[DUMMY]]", "YOUR_CLIENT_SECRET",
// an environment-variable reference) are not secrets; anything else in those places is, and the
// exporter removes it: secrets belong in the OS keychain, never in a file.
import { asObject, entries } from '../model/json-access';
import { appendPointer } from '../text/json-pointer';

export interface WrittenSecret {
  pointer: string;
  what: string;
}

const PLACEHOLDER = /^(\[\[.*\]\]|<.*>|\{\{.*\}\}|@environmentVariables\(.*\)|dummy|test|none|null|secret|x+|\*+|-+)$/i;
/** SHOUTED_WORDS such as YOUR_CLIENT_SECRET. */
const SHOUTED = /^[A-Z]+(_[A-Z0-9]+)+$/;

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || PLACEHOLDER.test(v) || SHOUTED.test(v);
}

function scanParameters(params: unknown, base: string, out: WrittenSecret[]): void {
  for (const [name, raw] of entries(params)) {
    const p = asObject(raw);
    if (!p) continue;
    const pointer = appendPointer(base, name);
    const secret = asObject(p.oAuthSettings)?.clientSecret;
    if (typeof secret === 'string' && !isPlaceholder(secret)) {
      out.push({ pointer: appendPointer(pointer, 'oAuthSettings', 'clientSecret'), what: `the OAuth client secret of "${name}"` });
    }
    if (p.type === 'securestring' && typeof p.defaultValue === 'string' && !isPlaceholder(p.defaultValue)) {
      out.push({ pointer: appendPointer(pointer, 'defaultValue'), what: `the default value of the secure parameter "${name}"` });
    }
  }
}

export function findWrittenSecrets(properties: unknown): WrittenSecret[] {
  const props = asObject(asObject(properties)?.properties);
  const out: WrittenSecret[] = [];
  scanParameters(props?.connectionParameters, '/properties/connectionParameters', out);
  const sets = asObject(props?.connectionParameterSets)?.values;
  if (Array.isArray(sets)) {
    sets.forEach((s, i) =>
      scanParameters(asObject(s)?.parameters, appendPointer('/properties/connectionParameterSets/values', i, 'parameters'), out),
    );
  }
  return out;
}
