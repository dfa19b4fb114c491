export * from './connector-files';
export * from './load-connector';
