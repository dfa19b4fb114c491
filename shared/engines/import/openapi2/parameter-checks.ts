// Parameter fixes without which Swagger 2.0 tools (and the platform) reject a definition: every
// `{placeholder}` in a path has one required path parameter and every path parameter a
// placeholder; non-body parameters have a primitive type (arrays with items); no duplicates.
import { asObject } from '../../../core/model';
import { appendPointer, refToPointer, valueAt } from '../../../core/text';
import type { ImportNotes } from './import-notes';
import { plural } from './import-notes';

type SourcePointerOf = (obj: object | undefined, outputPointer: string) => string;
type Param = Record<string, unknown>;

const HTTP = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const PRIMITIVE = new Set(['string', 'number', 'integer', 'boolean', 'array']);

export function checkParameters(definition: Record<string, unknown>, notes: ImportNotes, sourcePointerOf: SourcePointerOf): void {
  const resolve = (p: unknown): Param | undefined => {
    const o = asObject(p);
    if (typeof o?.$ref !== 'string') return o;
    const pointer = refToPointer(o.$ref);
    return pointer === undefined ? undefined : asObject(valueAt(definition, pointer));
  };
  const fixedShapes = new Set<object>();
  const fixShape = (p: Param, where: string) => {
    if (fixedShapes.has(p)) return;
    fixedShapes.add(p);
    fixParameterShape(p, where, notes);
  };
  for (const [name, p] of Object.entries(asObject(definition.parameters) ?? {})) {
    const param = asObject(p);
    if (param) fixShape(param, sourcePointerOf(param, appendPointer('/parameters', name)));
  }

  for (const [path, rawItem] of Object.entries(asObject(definition.paths) ?? {})) {
    const item = asObject(rawItem);
    if (!item) continue;
    const itemPointer = appendPointer('/paths', path);
    const placeholders = [...new Set((path.match(/\{[^}]+\}/g) ?? []).map((s) => s.slice(1, -1)))];
    const where = (holder: Record<string, unknown>, base: string, i: number) => {
      const param = asObject((holder.parameters as unknown[])[i]);
      return sourcePointerOf(param, `${base}/parameters/${i}`);
    };

    // Path parameters without a placeholder are wrong for every operation of the path: remove them.
    const prune = (holder: Record<string, unknown>, base: string) => {
      if (!Array.isArray(holder.parameters)) return;
      const seen = new Set<string>();
      holder.parameters = holder.parameters.filter((raw, i) => {
        const p = resolve(raw);
        if (!p) {
          notes.add(
            'loss',
            'ParameterReferenceBroken',
            `A parameter reference (${String(asObject(raw)?.$ref)}) points nowhere; it was removed.`,
            where(holder, base, i),
          );
          return false;
        }
        const key = `${String(p.in)}:${String(p.name)}`;
        if (seen.has(key)) {
          notes.add(
            'loss',
            'DuplicateParameterDropped',
            `Parameter "${String(p.name)}" (${String(p.in)}) is declared twice here; the second one was removed.`,
            where(holder, base, i),
          );
          return false;
        }
        seen.add(key);
        if (p.in === 'path' && !placeholders.includes(String(p.name))) {
          notes.add(
            'loss',
            'PathParameterWithoutPlaceholder',
            `Path parameter "${String(p.name)}" has no {${String(p.name)}} in the path "${path}"; it was removed.`,
            where(holder, base, i),
          );
          return false;
        }
        if (p.in !== 'body') fixShape(p, where(holder, base, i));
        if (p.in === 'path' && p.required !== true) {
          p.required = true;
          notes.tally(
            'decision',
            'PathParameterMadeRequired',
            where(holder, base, i),
            (n) =>
              `${plural(n, 'path parameter')} ${n === 1 ? 'was' : 'were'} marked required: a value in the URL path cannot be left out.`,
          );
        }
        return true;
      });
    };
    prune(item, itemPointer);

    const pathLevel = Array.isArray(item.parameters) ? item.parameters.map(resolve) : [];
    for (const method of HTTP) {
      const op = asObject(item[method]);
      if (!op) continue;
      const opPointer = appendPointer('/paths', path, method);
      prune(op, opPointer);
      const own = Array.isArray(op.parameters) ? op.parameters.map(resolve) : [];
      const declared = new Set([...own, ...pathLevel].filter((p) => p?.in === 'path').map((p) => String(p!.name)));
      for (const name of placeholders) {
        if (declared.has(name)) continue;
        const list = Array.isArray(op.parameters) ? op.parameters : (op.parameters = []);
        list.push({ name, in: 'path', required: true, type: 'string' });
        notes.add(
          'decision',
          'PathParameterAdded',
          `The path "${path}" has a {${name}} placeholder that no parameter described; a required text parameter "${name}" was added.`,
          sourcePointerOf(op, opPointer),
        );
      }
    }
  }
}

function fixParameterShape(p: Param, where: string, notes: ImportNotes): void {
  if (p.in === 'body') return;
  if (p.type === 'file' && p.in !== 'formData') {
    p.type = 'string';
    notes.add('loss', 'FileParameterNotInForm', `Parameter "${String(p.name)}" is a file but not a form field; it is now text.`, where);
  }
  if (p.type !== 'file' && !PRIMITIVE.has(String(p.type))) {
    const had = p.type;
    p.type = 'string';
    notes.tally(
      'decision',
      'ParameterTypeMissing',
      where,
      (n) =>
        `${plural(n, 'parameter')} had no simple type${had !== undefined ? ` (e.g. "${String(had)}")` : ''}; ${n === 1 ? 'it is' : 'they are'} now text (type string).`,
    );
  }
  if (p.type === 'array' && asObject(p.items) === undefined) {
    p.items = { type: 'string' };
    notes.tally(
      'decision',
      'ArrayParameterItemsMissing',
      where,
      (n) => `${plural(n, 'array parameter')} did not say what ${n === 1 ? 'it holds' : 'they hold'}; items are now text.`,
    );
  }
}
