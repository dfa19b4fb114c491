// The expressions policy template parameters may hold, resolved for a test run:
// @connectionParameters('x'), @headers('x'), @header('x', 'default'), @queryParameters('x'),
// each also inside @{...}. Embedded ones ("apikey @connectionParameters('api_key')") are replaced
// in place. Anything else (@body(), concat(), ...) stays as written, with a note saying so.
import { getHeader } from './header-map';

export interface ExpressionContext {
  connection: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string>>;
  query: readonly (readonly [string, string])[];
  /** Connection parameters whose values are secret. */
  isSecret(connectionParameter: string): boolean;
}

export interface Evaluated {
  text: string;
  /** True when a secret connection parameter went into the text. */
  usedSecret: boolean;
  /** Expressions that had no value (and no default), as written: "connectionParameters('host')". */
  missing: string[];
  notes: string[];
}

type Lookup = (args: string[]) => { value: string | undefined; secret?: boolean };

function lookups(ctx: ExpressionContext): Record<string, Lookup> {
  const header: Lookup = ([name = '']) => ({ value: getHeader(ctx.headers, name) });
  const query: Lookup = ([name = '']) => ({ value: ctx.query.find(([k]) => k === name)?.[1] });
  return {
    connectionparameters: ([name = '']) => ({ value: ctx.connection[name], secret: ctx.isSecret(name) }),
    headers: header,
    header,
    queryparameters: query,
    queryparameter: query,
  };
}

/** Parses `'a', 'b'` (single-quoted strings, '' for a quote); undefined for anything else. */
function parseArgs(text: string): string[] | undefined {
  const args: string[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  skip();
  if (i === text.length) return args;
  for (;;) {
    if (text[i] !== "'") return undefined;
    let s = '';
    i++;
    for (;;) {
      if (i >= text.length) return undefined;
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          s += "'";
          i += 2;
          continue;
        }
        i++;
        break;
      }
      s += text[i++];
    }
    args.push(s);
    skip();
    if (i === text.length) return args;
    if (text[i] !== ',') return undefined;
    i++;
    skip();
  }
}

/** Index just past the `)` closing the `(` at `open`, skipping quoted text; -1 when unbalanced. */
function closeParen(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

export function evaluateTemplate(template: string, ctx: ExpressionContext): Evaluated {
  const fns = lookups(ctx);
  const notes: string[] = [];
  const missing: string[] = [];
  let usedSecret = false;
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
    const braced = template[at + 1] === '{';
    const start = braced ? at + 2 : at + 1;
    const name = /^\s*([A-Za-z_]\w*)\s*\(/.exec(template.slice(start));
    if (!name) {
      // An @ that starts no call (an e-mail address, a literal): text.
      out += '@';
      i = at + 1;
      continue;
    }
    const open = start + name[0].length - 1;
    const close = closeParen(template, open);
    let end = close;
    if (braced && close > 0) {
      const rest = /^\s*\}/.exec(template.slice(close));
      end = rest ? close + rest[0].length : -1;
    }
    const fn = fns[name[1]!.toLowerCase()];
    const args = close > 0 ? parseArgs(template.slice(open + 1, close - 1)) : undefined;
    // The functions known here return text, so "@connectionParameters('x').example.com" is that
    // text followed by ".example.com"; anything else (@body().id, concat(...)) is not supported.
    if (end < 0 || !fn || !args || args.length === 0) {
      const shown = end > 0 ? template.slice(at, end) : template.slice(at);
      notes.push(
        `The expression ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown} is not supported by the local test runner; it was left as written.`,
      );
      out += end > 0 ? template.slice(at, end) : template.slice(at);
      i = end > 0 ? end : template.length;
      continue;
    }
    const found = fn(args);
    let value = found.value;
    if (value === undefined && args[1] !== undefined) value = args[1];
    if (value === undefined) {
      missing.push(`${name[1]}('${args[0]}')`);
      notes.push(`${name[1]}('${args[0]}') has no value in this test; it was replaced by an empty text.`);
      value = '';
    }
    if (found.secret && value !== '') usedSecret = true;
    out += value;
    i = end;
  }
  return { text: out, usedSecret, missing, notes };
}
