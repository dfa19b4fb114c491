// What the designers would show of one operation: the Power Automate card (inputs in their
// visibility groups, with the control each gets), the dynamic-content tokens of its outputs, the
// Power Apps formula signature, and the problems a maker would see there. Plain data, built from
// the text as it is (no deployment), for the Definition tab's preview.
import type { OperationKind } from '../../core/model';

/** Where a label comes from; `name` is the fallback the designer uses when nothing better is written. */
export type LabelSource = 'x-ms-summary' | 'title' | 'name';

/** Another operation the designer calls at design time (a dropdown's values, or fields of a schema). */
export interface DynamicSource {
  extension: 'x-ms-dynamic-values' | 'x-ms-dynamic-list' | 'x-ms-dynamic-schema' | 'x-ms-dynamic-properties' | 'x-ms-dynamic-tree';
  /** The operation called ('' when the extension names none, e.g. a built-in operation). */
  operationId: string;
  /** That operation's summary, when it exists in this connector. */
  operationSummary?: string;
  /** False when no operation of this connector has that ID: the designer cannot load anything. */
  found: boolean;
  /** A built-in operation or capability named instead of an operation (`AadGraph.GetUsers`, `file-picker`). */
  builtIn?: string;
  /** What the call is given: another input's value (by its label when it is one of this card's), or a fixed value. */
  passes: { name: string; source: 'input' | 'value'; value: string; label?: string }[];
}

export type InputControl =
  | { kind: 'text'; multiline?: boolean }
  | { kind: 'number'; integer: boolean }
  /** The designer's Yes / No dropdown. */
  | { kind: 'boolean' }
  | { kind: 'date-time'; dateOnly: boolean }
  /** File content (`type: file`, `format: binary`). */
  | { kind: 'file' }
  /** A static dropdown: `enum`, labelled by `x-ms-enum-values` display names where given. */
  | { kind: 'dropdown'; options: { value: string; label: string }[]; displayNames: boolean }
  /** A dropdown (or picker) filled by another operation. */
  | { kind: 'dynamic'; source: DynamicSource }
  /** "Add new item" per element, each with the item's fields (or one value for a list of values). */
  | { kind: 'array'; item: InputControl; itemFields: PreviewInput[] }
  /** An object without declared properties: entered as JSON, or as key and value pairs (`x-ms-editor: dictionary`). */
  | { kind: 'object'; dictionary: boolean };

export type InputGroup = 'important' | 'none' | 'advanced';

export interface PreviewInput {
  /** Unique within the card. */
  key: string;
  label: string;
  labelFrom: LabelSource;
  /** The parameter name, or the property's path in the body (`address.city`). */
  name: string;
  /** The same path as its names (a property name may itself hold a dot). */
  path: string[];
  /** Parameter location (`query`, `path`, `header`, `body`, `formData`). */
  in: string;
  /** The JSON type as written or implied (`string`, `integer`, `array`, …). */
  type: string;
  required: boolean;
  hint?: string;
  /** Where the designer shows it: `important` first, `none` normally, `advanced` behind its control. */
  group: InputGroup;
  control: InputControl;
  /** The default as the field shows it. */
  default?: string;
  /** The labels of the objects a body field sits in (outermost first). */
  parents: string[];
  /** Where the parameter or schema property is written (its own fields are edited there). */
  pointer: string;
  /** The operation's parameter this input comes from (the item of its `parameters` list). */
  parameterPointer: string;
  /** Set for a body field (a schema property), not for a parameter. */
  property: boolean;
}

export interface OutputToken {
  key: string;
  /** The token's name in the dynamic-content list: nested properties read "Parent Child". */
  label: string;
  /** The property's own label. */
  ownLabel: string;
  labelFrom: LabelSource;
  /** Path of the property in the response body (`items[].name`); '' for the whole body. */
  path: string;
  type: string;
  description?: string;
  /** Set when using the token makes the designer add "Apply to each" over this array (its label). */
  applyToEach?: string;
  /** `x-ms-visibility: advanced`: listed after the others. */
  advanced: boolean;
  pointer: string;
}

export interface PreviewOutputs {
  /** Where the tokens come from: `Response 200`, `Notification` (a webhook's callback body). */
  source: string;
  tokens: OutputToken[];
  /** Tokens the response gives at design time from another operation. */
  dynamic?: DynamicSource;
  /** A batch trigger: the flow runs once per item of the array, so item tokens need no "Apply to each". */
  splitOn: boolean;
  /** Tokens were left out to keep the list a readable size. */
  truncated: boolean;
  /** Tokens hidden by `x-ms-visibility: internal`. */
  hidden: number;
}

export interface PowerAppsArgument {
  name: string;
  /** The Power Fx type (`Text`, `Number`, `{ a: Text }`, `[Text]`). */
  type: string;
  required: boolean;
}

export type PowerAppsCall =
  | { callable: false; reason: string }
  | {
      callable: true;
      /** `ExactOnline.GetValues(EntityType, ValueType, {Accept: Text})` */
      signature: string;
      arguments: PowerAppsArgument[];
      /** What the formula returns: a record, a table or a value of the response schema's type. */
      result: string;
      deprecated: boolean;
    };

export type ProblemScope = 'operation' | 'parameter' | 'property' | 'output';

export interface PreviewProblem {
  key: string;
  message: string;
  severity: 'warning' | 'info';
  /** The object in the definition whose field fixes it (an operation, a parameter, a schema). */
  pointer: string;
  /** The key that fixes it, written or to be written under `pointer`. */
  fixKey?: string;
  /** The form field that edits it, by the label the form shows it with. */
  field?: { scope: ProblemScope; label: string; parameterPointer?: string };
  /** The checker rules that report the same thing (their findings under `pointer` are the same problem). */
  rules: string[];
}

export interface DesignerPreview {
  operationPointer: string;
  operationId: string;
  connector: { title: string; brandColor?: string; powerAppsName: string };
  /** The card's title: the summary, else what the designer falls back to. */
  title: string;
  titleFrom: 'summary' | 'operationId' | 'path';
  description?: string;
  kind: OperationKind;
  /** `single` or `batch` for triggers. */
  trigger?: string;
  deprecated: boolean;
  /** The operation's own visibility (internal operations are never listed in the designer). */
  visibility: 'none' | 'advanced' | 'internal' | 'important';
  inputs: Record<InputGroup, PreviewInput[]>;
  /** Inputs left out because they are internal. */
  hiddenInputs: number;
  /** Body fields another operation supplies at design time. */
  dynamicInputs: DynamicSource[];
  outputs?: PreviewOutputs;
  powerApps: PowerAppsCall;
  problems: PreviewProblem[];
}
