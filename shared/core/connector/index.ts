export * from './connector-files';
export * from './load-connector';
export * from './definition-size';
