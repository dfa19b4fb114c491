// What "Show in form" goes to for a finding (finding-target.ts computes it), and what it reads of
// the connector to decide.
export type FormTab = 'general' | 'security' | 'definition' | 'code';

export interface FindingTarget {
  tab: FormTab;
  /** The operation's pointer (`/paths/~1items/get`), for the Definition tab. */
  operation?: string;
  /**
   * Where the form holding the field is written (it opens): a request parameter, a response or a
   * schema property, as an item of the operation, a path item's shared parameter, or inside a
   * `#/parameters`, `#/responses` or `#/definitions` entry.
   */
  item?: string;
  /** The label of the field to focus. */
  field?: string;
  /** The legend of the section holding the field, where its label alone is ambiguous. */
  within?: string;
  /** Where, in words: "Definition › ListItems › Summary". */
  label: string;
}

/** An operation whose form shows a parameter or response written once for several operations. */
export interface PlaceUser {
  operation: string;
  /** The parameter's name, or the response's status, in that operation. */
  name: string;
}

export interface TargetContext {
  /** The operation's name (operationId, or method and path) when the form lists it. */
  operationName(pointer: string): string | undefined;
  /** The propertyName of `x-ms-connector-metadata` item `index`. */
  metadataName(index: number): string | undefined;
  /**
   * The operations, in the form's order, that show the parameter or response written at `pointer`
   * (a path item's shared parameter, a `#/parameters` or `#/responses` entry) as theirs.
   */
  usersOf(pointer: string): readonly PlaceUser[];
}
