// The Definition tab's data and edits: one operation's detail (parameters, responses, schema
// trees, references to its ID), and the structural changes as minimal text edits.
export * from './compose-edits';
export * from './definition-change';
export * from './dynamic-list';
export * from './dynamic-properties';
export * from './operation-detail';
export * from './operation-edits';
export * from './operation-references';
export * from './parameter-edits';
export * from './path-template';
export * from './response-edits';
export * from './sample-edits';
export * from './schema-tree';
export * from './value-text';
