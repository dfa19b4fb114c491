// A small JSON Schema (draft-07 subset) validator for the connector schemas, with no eval: the
// schema is compiled once into plain objects (Maps, RegExps) and interpreted. It covers exactly the
// keywords of Microsoft's connector schemas (type, enum, const, required, properties,
// patternProperties, additionalProperties, items, allOf, anyOf, not, if/then/else, $ref, the
// numeric, length, count and uniqueness bounds, pattern); anything else is rejected at compile
// time so a schema change cannot be silently ignored. `format` is not asserted (rules check URLs
// and e-mail addresses with their own messages).
//
// Why not Ajv's code: Ajv compiles with eval, which the checker's worker CSP forbids. Its standalone
// code (generated at build time, no eval) was measured against this on the corpus (773 definitions
// and their properties, Node 24): 327 ms against 507 ms for one full pass, but it is 660 KB of
// generated code against about 20 KB here, it reports every failing anyOf branch and `if` (which the
// rules would have to filter), and it cannot reuse outcomes between keystrokes (schema-closures.ts,
// rememberSections), where the studio spends its checking time. Ajv stays the reference: a test
// compares both on the whole corpus. The parts live in schema-validation/.
import { compileSchema, type SchemaError } from './schema-validation/schema-node';
import { setRemembering, toClosures } from './schema-validation/schema-closures';
import type { Validate } from './schema-validation/schema-runtime';

export type { SchemaError } from './schema-validation/schema-node';
export { literalPrefix } from './schema-validation/schema-node';

export class CompiledSchema {
  private readonly root: Validate;

  constructor(schema: Record<string, unknown>) {
    this.root = toClosures(compileSchema(schema));
  }

  /**
   * `remember`: the value shares objects with values checked before (a parse edited inside
   * strings, see rememberSections), and what is checked now may be shared by the next one.
   */
  validate(data: unknown, remember = false): SchemaError[] {
    const errors: SchemaError[] = [];
    setRemembering(remember);
    try {
      this.root(data, [], errors);
    } finally {
      setRemembering(false);
    }
    return errors;
  }

  isValid(data: unknown, remember = false): boolean {
    setRemembering(remember);
    try {
      return this.root(data, [], null);
    } finally {
      setRemembering(false);
    }
  }
}
