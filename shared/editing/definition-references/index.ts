// The References view's data and edits: #/definitions, #/parameters and #/responses, where each is
// used, renames that follow every `$ref`, and deletes of unused entries. A definition's property tree
// is the Definition tab's own (definition-edits/schema-tree.ts).
export * from './find-references';
export * from './reference-edits';
export * from './reference-types';
