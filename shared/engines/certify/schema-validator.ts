// A small JSON Schema (draft-07 subset) validator for the connector schemas, with no eval: the
// schema is compiled once into plain objects (Maps, RegExps) and interpreted. It covers exactly the
// keywords of Microsoft's connector schemas (type, enum, const, required, properties,
// patternProperties, additionalProperties, items, allOf, anyOf, not, if/then/else, $ref, the
// numeric, length, count and uniqueness bounds, pattern); anything else is rejected at compile
// time so a schema change cannot be silently ignored. `format` is not asserted (rules check URLs
// and e-mail addresses with their own messages).
//
// The checker runs the same compiled schemas written as code at build time
// (schema-validation/schema-codegen.ts, generated/connector-validators.js): one function per schema
// instead of closures shared by all schemas, about a fifth faster on the corpus. A test checks both
// report the same violations in the same order.
//
// Why not Ajv's code: Ajv compiles with eval, which the checker's worker CSP forbids. Its standalone
// code (generated at build time, no eval) was measured against this on the corpus (773 definitions
// and their properties, Node 24): 327 ms against 507 ms for one full pass, but it is 660 KB of
// generated code, it reports every failing anyOf branch and `if` (which the rules would have to
// filter), and it cannot reuse outcomes between keystrokes (schema-closures.ts, rememberSections),
// where the studio spends its checking time. Ajv stays the reference: a test compares the
// interpreter with it on the whole corpus. The parts live in schema-validation/.
import { compileSchema, type SchemaError } from './schema-validation/schema-node';
import { isRemembering, rememberRelativeSections, setRemembering, toClosures } from './schema-validation/schema-closures';
import { report, reportAt, under, type Validate } from './schema-validation/schema-runtime';
import { deepEqual, firstDuplicate, someEqual, typeBits, ucs2length } from './schema-validation/schema-values';

export type { SchemaError } from './schema-validation/schema-node';
export { literalPrefix } from './schema-validation/schema-node';

export class CompiledSchema {
  private readonly root: Validate;

  /** A schema, interpreted; or the function generated from one at build time (schema-codegen.ts). */
  constructor(schema: Record<string, unknown> | Validate) {
    this.root = typeof schema === 'function' ? schema : toClosures(compileSchema(schema));
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

/**
 * A member of an object, read for every schema in one place: the documents' shapes die with them at
 * each full GC, and a read per schema that had seen few of them deoptimized on the next document.
 */
function member(obj: Record<string, unknown>, key: string): unknown {
  return obj[key];
}

/** What the generated validators call (schema-codegen.ts, RUNTIME_NAMES). */
export const GENERATED_RUNTIME = {
  typeBits,
  ucs2length,
  deepEqual,
  someEqual,
  firstDuplicate,
  report,
  section: rememberRelativeSections,
  remembering: isRemembering,
  member,
  reportAt,
  under,
};
