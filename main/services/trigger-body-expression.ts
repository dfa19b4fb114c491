// The expressions a pollingtrigger policy holds, evaluated against the body of a poll:
// "@triggerBody().value" (triggerDataPath) and "TripId gt @{triggerBody().value[0].TripId}"
// (a triggerConfig query value). Only triggerBody() with member and index access is known here;
// anything else (utcNow(), concat(...)) is reported as not supported rather than guessed.

export type Evaluated = { ok: true; value: unknown } | { ok: false; error: string };

/** Follows `.a`, `?.a`, `[0]`, `['a b']` after triggerBody(); `rest` must be consumed entirely. */
function follow(body: unknown, rest: string, expression: string): Evaluated {
  let value = body;
  let i = 0;
  while (i < rest.length) {
    // "?." and "?[" read like "." and "[": a missing member is undefined either way here.
    if (rest[i] === '?') i++;
    let key: string | number;
    if (rest[i] === '.') {
      const m = /^[^.[\]?\s]+/.exec(rest.slice(i + 1));
      if (!m) return { ok: false, error: `The expression ${expression} cannot be read after "${rest.slice(0, i + 1)}".` };
      key = m[0];
      i += 1 + m[0].length;
    } else if (rest[i] === '[') {
      const m = /^\[\s*(?:(\d+)|'((?:[^']|'')*)')\s*\]/.exec(rest.slice(i));
      if (!m) return { ok: false, error: `The expression ${expression} has an index the test runner cannot read.` };
      key = m[1] !== undefined ? Number(m[1]) : m[2]!.replace(/''/g, "'");
      i += m[0].length;
    } else {
      return {
        ok: false,
        error: `The expression ${expression} is not supported by the local test runner (only triggerBody() with . and [] access).`,
      };
    }
    if (value === null || value === undefined) return { ok: true, value: undefined };
    value =
      typeof key === 'number'
        ? Array.isArray(value)
          ? value[key]
          : undefined
        : typeof value === 'object' && Object.hasOwn(value, key)
          ? (value as Record<string, unknown>)[key]
          : undefined;
  }
  return { ok: true, value };
}

function call(inner: string, body: unknown, expression: string): Evaluated {
  const m = /^\s*triggerBody\s*\(\s*\)/i.exec(inner);
  if (!m)
    return {
      ok: false,
      error: `The expression ${expression} is not supported by the local test runner (only triggerBody() with . and [] access).`,
    };
  return follow(body, inner.slice(m[0].length).trim(), expression);
}

/** A whole expression such as "@triggerBody().value": the value it names (any JSON). */
export function evaluateBodyExpression(expression: string, body: unknown): Evaluated {
  const text = expression.trim();
  if (text.startsWith('@{') && text.endsWith('}')) return call(text.slice(2, -1), body, text);
  if (!text.startsWith('@')) return { ok: false, error: `"${text}" is not an expression (it should start with @).` };
  return call(text.slice(1), body, text);
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A text with @{...} interpolations (or one whole @expression); literal text without any stays as written. */
export function evaluateTemplateText(template: string, body: unknown): { ok: true; text: string } | { ok: false; error: string } {
  const t = template.trim();
  if (t.startsWith('@') && !t.startsWith('@{') && !t.startsWith('@@')) {
    const r = evaluateBodyExpression(t, body);
    if (!r.ok) return r;
    const text = asText(r.value);
    return text === undefined ? { ok: false, error: `${t} has no value in the last response.` } : { ok: true, text };
  }
  let out = '';
  let i = 0;
  while (i < template.length) {
    const at = template.indexOf('@', i);
    if (at < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, at);
    if (template[at + 1] === '@') {
      out += '@';
      i = at + 2;
      continue;
    }
    if (template[at + 1] !== '{') {
      out += '@';
      i = at + 1;
      continue;
    }
    const close = template.indexOf('}', at);
    if (close < 0) return { ok: false, error: `The expression ${template.slice(at, at + 80)} is not closed with }.` };
    const expression = template.slice(at, close + 1);
    const r = call(template.slice(at + 2, close), body, expression);
    if (!r.ok) return r;
    const text = asText(r.value);
    if (text === undefined) return { ok: false, error: `${expression} has no value in the last response.` };
    out += text;
    i = close + 1;
  }
  return { ok: true, text: out };
}

/** True when the text holds an expression (its value depends on a previous poll). */
export function hasExpression(text: string): boolean {
  return /@(?!@)/.test(text.replace(/@@/g, ''));
}
