// Connector definitions the two schema validators' tests share: the interpreter
// (schema-validator.test.ts) and the code generated from it (generated-validators.test.ts) must
// answer them alike.
export const MINIMAL = { swagger: '2.0', info: { title: 'T', version: '1.0' }, paths: {} };

/** Violations in several path items and definitions, for checks that remember sections between runs. */
export const BROKEN_SECTIONS = {
  ...MINIMAL,
  paths: {
    '/a': { get: { responses: { '200': { description: 'ok' } }, parameters: [{ name: 'p', in: 'nowhere' }] } },
    '/b': { get: { responses: {} }, unknownKey: 1 },
    '/c': { get: { responses: { '200': { description: 'ok' } } } },
  },
  definitions: { A: { type: 'object', required: 'not a list' }, B: { type: 'strin' }, C: { type: 'string' } },
};

/** A deep copy: objects no earlier check has seen. */
export const fresh = <T>(v: T): T => JSON.parse(JSON.stringify(v));
