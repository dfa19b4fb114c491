export * from './types';
export { buildConnectorModel, countOperations } from './build-model';
export { resolveRef } from './resolve-ref';
