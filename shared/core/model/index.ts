export * from './types';
export * from './json-access';
export { buildConnectorModel, countOperations } from './build-model';
export { operationParameters, visibilityOf } from './parameters';
export { resolveIfRef, resolveRef } from './resolve-ref';
export { listSecurityDefinitions } from './security';
