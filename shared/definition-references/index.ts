// The References view's data and edits: #/definitions, #/parameters and #/responses, where each is
// used, renames that follow every `$ref`, deletes of unused entries, and a schema's property tree.
export * from './find-references';
export * from './reference-edits';
export * from './reference-types';
export * from './schema-tree';
