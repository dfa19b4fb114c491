// What "Show in form" goes to for a finding (finding-target.ts computes it), what it reads of
// the connector to decide, and the two small builders every place shares.
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
  /** The line of the field to select: an `enum` value's, in a parameter's or schema property's Values. */
  line?: number;
  /**
   * Where, in words: "Definition › ListItems › Summary", or for a key no field edits, the form
   * that shows its place and that the key is edited in the text.
   */
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
  /** The value written at `pointer` in the definition (undefined when nothing is, or it does not parse). */
  value(pointer: string): unknown;
  /**
   * Where the rows of the property tree the form shows for the schema written at `pointer` are
   * written (each row's `at`): a place the tree does not list has no form.
   */
  schemaRows(pointer: string): ReadonlySet<string>;
}

/** Where a field is in the Definition tab's forms: the item its form edits, the field, an enum line. */
export interface FieldPlace {
  item: string;
  field: string;
  line?: number;
}

/** The field position of a place, without its words (a row of the tree taken into a wider place). */
export function fieldPlace(place: FieldPlace): FieldPlace {
  return { item: place.item, field: place.field, ...(place.line !== undefined ? { line: place.line } : {}) };
}

/** A Definition tab target at `place`, in `operation`'s form when the place is an operation's. */
export function definitionTarget(place: FieldPlace, label: string, operation?: string): FindingTarget {
  return { tab: 'definition', ...(operation !== undefined ? { operation } : {}), ...fieldPlace(place), label };
}
