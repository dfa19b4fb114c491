export * from './connector-templates';
export * from './new-connector';
export * from './template-ids';
