// One operation being built from one or more requests. Requests with the same method and path
// (Postman collections often keep several variants of one call, e.g. "POST /accounts GBP" and
// "POST /accounts IBAN") make one operation: parameters are united, body samples and saved
// responses merged, so the schema covers every variant.
import { inferTextValueSchema, inferSchemaFromSamples } from '../schema-inference';
import { titleFromKey } from '../display-names';
import type { BodyContribution } from './request-body';
import { buildResponses, type ExampleContribution } from './example-responses';
import type { ImportReport } from './import-report';
import type { Param } from './request-parameters';
import type { RouteParam } from './request-route';

export class OperationDraft {
  private readonly pathParams = new Map<string, RouteParam>();
  private readonly params: Param[] = [];
  private readonly paramKeys = new Set<string>();
  private readonly bodies: BodyContribution[] = [];
  private readonly examples: ExampleContribution[] = [];
  private consumes: string | undefined;
  private accept: string | undefined;
  description: string | undefined;

  constructor(
    readonly method: string,
    readonly path: string,
    /** Pointer of the first request. */
    readonly pointer: string,
    readonly name: string,
    readonly tag: string | undefined,
  ) {}

  addPathParams(params: readonly RouteParam[]): void {
    for (const p of params) {
      const known = this.pathParams.get(p.name);
      if (!known) {
        this.pathParams.set(p.name, { ...p });
        continue;
      }
      if (known.testValue === undefined && p.testValue !== undefined) known.testValue = p.testValue;
      if (known.description === undefined && p.description !== undefined) known.description = p.description;
    }
  }

  addParams(params: readonly Param[]): void {
    for (const p of params) {
      const key = `${String(p.in)}:${String(p.name).toLowerCase()}`;
      if (this.paramKeys.has(key)) continue;
      this.paramKeys.add(key);
      this.params.push(p);
    }
  }

  addBody(body: BodyContribution | undefined, contentType: string | undefined): void {
    if (body) this.bodies.push(body);
    this.consumes ??= contentType;
  }

  addAccept(accept: string | undefined): void {
    this.accept ??= accept;
  }

  addExamples(examples: readonly ExampleContribution[]): void {
    this.examples.push(...examples);
  }

  private bodyParams(report: ImportReport): { params: Param[]; consumes?: string } {
    const first = this.bodies[0];
    if (!first) return { params: [] };
    const same = this.bodies.filter((b) => b.kind === first.kind);
    if (same.length < this.bodies.length) {
      report.add(
        'warning',
        'BodyKindsDiffer',
        `The requests merged into "${this.name}" send different kinds of body; the operation takes the first kind (${first.kind}).`,
        this.pointer,
      );
    }
    const body = (schema: Record<string, unknown>): Param => ({ name: 'body', in: 'body', required: true, schema });
    switch (first.kind) {
      case 'json': {
        const samples = same as Extract<BodyContribution, { kind: 'json' }>[];
        const inferred = inferSchemaFromSamples(
          samples.map((s) => s.sample),
          { pointer: first.pointer, label: `the body of "${this.name}"` },
        );
        report.addAll(inferred.notes);
        return { params: [body(inferred.schema)], consumes: this.consumes ?? 'application/json' };
      }
      case 'text':
        return { params: [body({ type: 'string' })], consumes: first.mediaType };
      case 'binary':
        return { params: [body({ type: 'string', format: 'binary' })], consumes: first.mediaType };
      case 'graphql': {
        const variables = (same as Extract<BodyContribution, { kind: 'graphql' }>[])
          .filter((g) => g.variables !== undefined)
          .map((g) => g.variables);
        const varsSchema =
          variables.length > 0
            ? inferSchemaFromSamples(variables, { pointer: first.pointer, label: 'the GraphQL variables' }).schema
            : { type: 'object' };
        return {
          params: [
            body({
              type: 'object',
              properties: { query: { type: 'string', 'x-ms-summary': 'Query' }, variables: { ...varsSchema, 'x-ms-summary': 'Variables' } },
              required: ['query'],
            }),
          ],
          consumes: 'application/json',
        };
      }
      case 'form': {
        const fields: Param[] = [];
        const names = new Set<string>();
        for (const f of same as Extract<BodyContribution, { kind: 'form' }>[]) {
          for (const p of f.fields) {
            if (names.has(String(p.name))) continue;
            names.add(String(p.name));
            fields.push(p);
          }
        }
        const multipart =
          (same as Extract<BodyContribution, { kind: 'form' }>[]).some((f) => f.mediaType === 'multipart/form-data') ||
          fields.some((p) => p.type === 'file');
        return { params: fields, consumes: multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded' };
      }
    }
  }

  /** The Swagger operation. */
  build(operationId: string, summary: string, report: ImportReport): Record<string, unknown> {
    const pathParams: Param[] = [...this.pathParams.values()].map((p) => {
      // A path segment that reads as a decimal ("1.28") is a version or a code, not a quantity.
      const inferred = p.testValue !== undefined ? inferTextValueSchema(p.testValue) : { type: 'string' };
      const typed = inferred.type === 'number' ? { type: 'string' } : inferred;
      const description = p.description?.replace(/\s*[([]\s*required\s*[)\]]\s*/i, ' ').trim();
      return {
        name: p.name,
        in: 'path',
        required: true,
        ...typed,
        ...(description ? { description } : {}),
        'x-ms-summary': titleFromKey(p.name),
        'x-ms-url-encoding': 'single',
        ...(p.testValue !== undefined ? { 'x-ms-test-value': typed.type === 'string' ? p.testValue : JSON.parse(p.testValue) } : {}),
      };
    });
    const body = this.bodyParams(report);
    const { responses, produces } = buildResponses(this.examples, `"${this.name}"`, this.pointer, report);
    const consumes = body.consumes;
    const produced = produces ?? this.accept;
    // The designer names inputs by parameter name alone: one name in two places would be ambiguous.
    const names = new Set<string>();
    const parameters = [...pathParams, ...this.params, ...body.params].filter((p) => {
      const name = String(p.name);
      if (!names.has(name)) {
        names.add(name);
        return true;
      }
      report.tally(
        'warning',
        'ParameterNameRepeated',
        this.pointer,
        (n) =>
          `${n === 1 ? 'A parameter was' : `${n} parameters were`} left out because another parameter of the same operation has the same name (e.g. "${name}" of "${this.name}" in the ${String(p.in)}).`,
      );
      return false;
    });
    return {
      ...(this.tag !== undefined ? { tags: [this.tag] } : {}),
      summary,
      ...(this.description !== undefined ? { description: this.description } : {}),
      operationId,
      ...(consumes && consumes !== 'application/json' ? { consumes: [consumes] } : {}),
      ...(produced && produced !== 'application/json' ? { produces: [produced] } : {}),
      parameters,
      responses,
    };
  }
}
