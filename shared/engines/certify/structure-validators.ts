// The two corrected connector schemas, as the functions generated from them at build time
// (scripts/build-schemas.mjs, schema-codegen.ts), made once (on first use) per process or worker.
import { connectorValidators } from './generated/connector-validators.js';
import { CompiledSchema, GENERATED_RUNTIME } from './schema-validator';

let compiled: { definition: CompiledSchema; properties: CompiledSchema } | undefined;

export function structureValidators(): { definition: CompiledSchema; properties: CompiledSchema } {
  if (compiled) return compiled;
  const generated = connectorValidators(GENERATED_RUNTIME);
  compiled = { definition: new CompiledSchema(generated.definition), properties: new CompiledSchema(generated.properties) };
  return compiled;
}
