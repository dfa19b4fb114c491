export * from './api-properties-template';
export * from './connection-parameters';
export * from './export-connector';
export * from './readme-template';
export * from './secret-scan';
export * from './settings-json';
