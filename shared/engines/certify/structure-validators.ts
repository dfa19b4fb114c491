// The two corrected connector schemas, compiled once (on first use) per process or worker.
import { apiDefinitionSchema, apiPropertiesSchema } from './generated/connector-schemas.js';
import { CompiledSchema } from './schema-validator';

let compiled: { definition: CompiledSchema; properties: CompiledSchema } | undefined;

export function structureValidators(): { definition: CompiledSchema; properties: CompiledSchema } {
  return (compiled ??= { definition: new CompiledSchema(apiDefinitionSchema), properties: new CompiledSchema(apiPropertiesSchema) });
}
