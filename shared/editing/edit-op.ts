// A form edit as the tabs express it: a JSON-pointer change or a feature change, resolved to minimal
// text edits against the current text of one file (resolve-edit.ts, run in the parse worker).
import type { DefinitionChange } from './definition-edits';
import type { ReferenceSection } from './definition-references';
import type { SecurityChange, SecurityPart } from './security-settings';

/** A form edit, resolved to text edits by the worker against the current text. */
export type EditOp =
  | { kind: 'set'; pointer: string; value: unknown }
  | { kind: 'remove'; pointer: string }
  /** An `x-ms-connector-metadata` entry by `propertyName`; `undefined` removes the entry. */
  | { kind: 'metadata'; name: string; value: string | undefined }
  /** A Security tab choice, resolved against this file's part (security definitions or connection parameters). */
  | { kind: 'security'; part: SecurityPart; change: SecurityChange }
  /** A Definition tab change (operations, parameters, responses, samples, operationId renames). */
  | { kind: 'definition'; change: DefinitionChange }
  /** Renames a definition, parameter or response and every `$ref` to it. */
  | { kind: 'reference-rename'; section: ReferenceSection; from: string; to: string }
  /** Deletes an unused definition, parameter or response. */
  | { kind: 'reference-delete'; section: ReferenceSection; name: string }
  /** Appends a policy template instance to apiProperties.json. */
  | { kind: 'policy-add'; instance: Record<string, unknown> }
  /** Makes a body property the webhook callback (x-ms-notification-url); undefined un-marks it. */
  | { kind: 'callback-property'; operation: string; property: string | undefined };
