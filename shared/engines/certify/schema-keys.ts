// Which keys an object has, as SchemaKey bits: computed once per schema object and per parameter,
// so that rules test one integer instead of reading keys most objects lack (a missing key on
// objects of thousands of shapes is a slow lookup).
import { SchemaKey } from './types';

const KEY_BITS = new Map<string, number>([
  ['$ref', SchemaKey.Ref],
  ['type', SchemaKey.Type],
  ['default', SchemaKey.Default],
  ['enum', SchemaKey.Enum],
  ['required', SchemaKey.Required],
  ['minimum', SchemaKey.Bounds],
  ['maximum', SchemaKey.Bounds],
  ['minLength', SchemaKey.Bounds],
  ['maxLength', SchemaKey.Bounds],
  ['minItems', SchemaKey.Bounds],
  ['maxItems', SchemaKey.Bounds],
  ['minProperties', SchemaKey.Bounds],
  ['maxProperties', SchemaKey.Bounds],
  ['exclusiveMinimum', SchemaKey.Exclusive],
  ['exclusiveMaximum', SchemaKey.Exclusive],
  ['pattern', SchemaKey.Pattern],
  ['discriminator', SchemaKey.Discriminator],
  ['readOnly', SchemaKey.ReadOnly],
  ['x-ms-visibility', SchemaKey.Visibility],
  ['x-ms-enum-values', SchemaKey.EnumValues],
  ['x-ms-editor', SchemaKey.Editor],
  ['x-ms-dynamic-values', SchemaKey.Calls],
  ['x-ms-dynamic-list', SchemaKey.Calls],
  ['x-ms-dynamic-schema', SchemaKey.Calls],
  ['x-ms-dynamic-properties', SchemaKey.Calls],
  ['x-ms-dynamic-tree', SchemaKey.Calls],
  ['x-ms-notification', SchemaKey.Calls],
  ['x-ms-operation-context', SchemaKey.Calls],
  ['x-ms-capabilities', SchemaKey.Calls],
  ['x-ms-notification-url', SchemaKey.NotificationUrl],
  ['x-ms-summary', SchemaKey.Summary],
  ['properties', SchemaKey.Properties],
  ['items', SchemaKey.Items],
  ['additionalProperties', SchemaKey.AdditionalProperties],
  ['allOf', SchemaKey.AllOf],
]);

export function keyBits(obj: object): number {
  let keys = 0;
  for (const k in obj) {
    const bit = KEY_BITS.get(k);
    if (bit === undefined) continue;
    keys |= bit;
    // Read here, by the key at hand (a load the for-in makes cheap), rather than by name in a rule.
    if (bit === SchemaKey.Type && (obj as Record<string, unknown>)[k] === 'array') keys |= SchemaKey.ArrayType;
  }
  return keys;
}
