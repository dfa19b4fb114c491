// Postman Collection v2.0 / v2.1 import. Only postman-sdk.ts touches the `postman-collection` SDK.
export { importPostman, type PostmanImportOptions } from './import-postman';
export { isPostmanCollection } from './collection-input';
export { environmentValues, isPostmanEnvironment } from './environment-values';
