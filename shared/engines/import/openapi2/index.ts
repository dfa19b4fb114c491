export { importOpenApi2, type OpenApi2ImportOptions } from './import-openapi2';
export { finishConnector, type SourcePointerOf } from './connector-finish';
export { ImportNotes, plural } from './import-notes';
export { sentenceCase, splitWords, titleCase, pascalCase } from './name-words';
