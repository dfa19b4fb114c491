export * from './diagnostic';
export * from './json-document';
export * from './json-edit';
export * from './json-pointer';
export * from './json-skip';
export * from './line-index';
export * from './scalar-replacement';
export * from './text-codec';
