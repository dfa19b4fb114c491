import { describeType, dataOf, nameOf, placeOfError } from '../structure-errors';
import type { CertifyRule, StructureError } from '../types';

function describe(e: StructureError, value: unknown): string {
  const p = e.params as Record<string, unknown>;
  const what = `${nameOf(e)} in ${placeOfError(e).label}`;
  switch (e.keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${what} must be ${String(p.comparison)} ${String(p.limit)} (it is ${JSON.stringify(value)}).`;
    case 'minLength':
      return `${what} must not be empty.`;
    case 'minItems':
      return `${what} needs at least ${String(p.limit)} item(s).`;
    case 'maxItems':
      return `${what} allows at most ${String(p.limit)} item(s).`;
    case 'minProperties':
      return `${what} needs at least ${String(p.limit)} member(s).`;
    case 'maxProperties':
      return `${what} allows at most ${String(p.limit)} member(s).`;
    case 'pattern':
      return `${what} (${JSON.stringify(value)}) does not have the expected form ${String(p.pattern)}.`;
    default:
      return `${what} is not valid here (${e.keyword}; it is ${describeType(value)}).`;
  }
}

export const schemaViolation: CertifyRule = {
  id: 'SchemaViolation',
  microsoft: false,
  requirement: "Microsoft's JSON Schemas for apiDefinition.swagger.json and apiProperties.json (violations no more specific rule names)",
  category: 'structure',
  severity: 'error',
  description: 'Any other violation of the Swagger 2.0 + extensions schema or the apiProperties.json schema.',
  check(ctx, report) {
    return {
      // Last in the registry: takes whatever no other rule claimed.
      onSchemaError(e) {
        report({ file: e.file, pointer: e.instancePath, message: describe(e, dataOf(ctx, e)) });
        return true;
      },
    };
  },
};
