export { importOpenApi3, type OpenApi3ImportOptions } from './import-openapi3';
