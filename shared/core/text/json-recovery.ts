// Reading past real mistakes in JSON. A parser that merely skips ahead after a missing "]" swallows
// the rest of the file into one array (so a connector "has no operations"). Instead we find, for
// each structural error, the one-character repair that lets the most of the file parse (insert
// , ] } or ", or drop a stray character), apply it to a copy, and map every position back to the
// original text. The text on disk is never changed; the repairs become the located messages.
// Candidates are judged by their errors alone (no tree), and a repaired copy that is strict JSON
// is read natively; the syntax tree is built only when a position is asked for.
import { getNodeValue, parseTree, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from './diagnostic';
import { isUnicodeSpace } from './json-syntax-diagnostics';

export interface Repair {
  /** Offset in the original text. */
  offset: number;
  kind: 'insert' | 'delete';
  text: string;
}

export interface Recovered {
  /** The repaired copy's value (the value of its tree). */
  value: unknown;
  /** The repaired copy's syntax tree with offsets in the original text, built on first call. */
  tree: () => JsonNode | undefined;
  repairs: Repair[];
  /** Errors no repair could explain, in original offsets. */
  residual: ParseError[];
}

// What a tolerant read handles without guessing: trailing commas and comments (allowed by the
// options below), raw control characters in strings (kept as read) and Unicode spaces between
// tokens (skipped). Everything else is structural and calls for a repair.
const INVALID_SYMBOL = 1;
const COMMA_EXPECTED = 6;
const END_OF_FILE_EXPECTED = 9;
const INVALID_CHARACTER = 16;
/** Repairs stop once this many characters have been re-parsed (a huge garbage file stays fast). */
const PARSE_BUDGET = 64 * 1024 * 1024;
const OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };
const CANDIDATES: { kind: Repair['kind']; text: string }[] = [
  { kind: 'insert', text: ',' },
  { kind: 'insert', text: ']' },
  { kind: 'insert', text: '}' },
  { kind: 'insert', text: '"' },
  { kind: 'delete', text: '' },
];

/** What the tolerant read takes as read (see above), not a structural error. */
function isTolerated(text: string, e: ParseError): boolean {
  return (e.error as number) === INVALID_CHARACTER || ((e.error as number) === INVALID_SYMBOL && isUnicodeSpace(text.charCodeAt(e.offset)));
}

function structuralErrors(text: string): ParseError[] {
  return candidateErrors(text, 0, undefined) ?? [];
}

/** Thrown out of a read whose errors can no longer beat `mustBeat` (no stack: not an Error). */
const LOST = { lost: true };

/**
 * The structural errors of `text`, with `shift` added to their offsets; undefined as soon as they
 * cannot be better than `mustBeat` (see better): the rest of the read is saved. Errors only add up
 * and the first one stays first, so once as many as `mustBeat` holds are found at or before its
 * first (or more than it holds anywhere), no more reading changes the outcome.
 */
function candidateErrors(text: string, shift: number, mustBeat: ParseError[] | undefined): ParseError[] | undefined {
  const errors: ParseError[] = [];
  const most = mustBeat ? mustBeat.length : Infinity;
  const first = mustBeat?.[0]?.offset ?? Infinity;
  try {
    visit(
      text,
      {
        onError: (error, offset, length) => {
          const e = { error, offset, length };
          if (isTolerated(text, e)) return;
          e.offset += shift;
          errors.push(e);
          if (errors.length > most || (errors.length >= most && errors[0]!.offset <= first)) throw LOST;
        },
      },
      OPTIONS,
    );
  } catch (e) {
    if (e === LOST) return undefined;
    throw e;
  }
  return errors;
}

/**
 * A short text that leaves the tolerant reader where it stands at `at` in `text` after a value,
 * about to read a comma: the same containers open, the innermost after a member. `text` reads
 * without a structural error before `at` (at the first error, a missing comma), so its brackets
 * outside strings and comments say which containers are open. A candidate repair at `at` then
 * reads the same after this prefix as after the text's own: its errors come at the same distance
 * from it, and the text before `at` is not read again for each candidate.
 */
function openedBefore(text: string, at: number): string | undefined {
  const open: number[] = [];
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < at; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      // To the line break (either kind ends a line comment for the scanner).
      while (i + 1 < at && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? at : end + 1;
    } else if (c === 91 || c === 123) open.push(c);
    else if (c === 93 || c === 125) open.pop();
  }
  if (!open.length) return undefined;
  // Each outer container holds the next as a member; the innermost has just read one.
  let prefix = '';
  for (let k = 0; k < open.length - 1; k++) prefix += open[k] === 123 ? '{"":' : '[';
  return prefix + (open[open.length - 1] === 123 ? '{"":""' : '[""');
}

/**
 * Whether what follows a deleted character at `at` cannot join the token before it: that token
 * ends with whitespace, a quote or a closing bracket (a number or word could run on).
 */
function endsToken(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 93 || c === 125;
}

/** No value: the text is not strict JSON. */
const NOT_STRICT: unique symbol = Symbol('not strict');

/** Offset map from the repaired copy back to the original: piecewise constant deltas. */
class OffsetMap {
  private at: number[] = [0];
  private delta: number[] = [0];

  private deltaAt(r: number): number {
    let i = this.at.length - 1;
    while (i > 0 && this.at[i]! > r) i--;
    return this.delta[i]!;
  }

  toOriginal(r: number): number {
    return r + this.deltaAt(r);
  }

  /**
   * Records `k` characters inserted (k > 0) or one deleted (k = -1) at repaired offset p: later
   * breakpoints move with the text and a new one starts where the old text resumes.
   */
  edit(p: number, k: number): void {
    const resume = k > 0 ? p + k : p;
    const delta = this.deltaAt(k > 0 ? p : p + 1) - k;
    for (let i = 0; i < this.at.length; i++) {
      if (this.at[i]! > p) {
        this.at[i] = this.at[i]! + k;
        this.delta[i] = this.delta[i]! - k;
      }
    }
    const i = this.at.findIndex((a) => a >= resume);
    if (i >= 0 && this.at[i] === resume) this.delta[i] = delta;
    else if (i < 0) {
      this.at.push(resume);
      this.delta.push(delta);
    } else {
      this.at.splice(i, 0, resume);
      this.delta.splice(i, 0, delta);
    }
  }
}

/**
 * `initialErrors`: the text's errors as a read with OPTIONS reports them, when the caller has them
 * (collectSyntaxDiagnostics); the caller has found the text not strict JSON already.
 */
export function recoverJson(text: string, maxRepairs = 12, initialErrors?: ParseError[]): Recovered {
  let current = text;
  let errors = initialErrors ? initialErrors.filter((e) => !isTolerated(text, e)) : structuralErrors(current);
  let value: unknown = NOT_STRICT;
  const map = new OffsetMap();
  const repairs: Repair[] = [];
  let parsed = text.length;
  for (let n = 0; n < maxRepairs && errors.length > 0 && parsed < PARSE_BUDGET; n++) {
    const first = errors[0]!;
    if (trailingTextStays(current, errors)) break;
    const candidates = likelyFirst(first.error as number);
    // Before a missing comma, each candidate is read after a short prefix in the same state.
    const prefix = (first.error as number) === COMMA_EXPECTED ? openedBefore(current, first.offset) : undefined;
    // Only a candidate better than the text as it is and than every earlier one can be kept (the
    // first of the best wins, as when each was read in full): the others stop being read early.
    let best: { text: string; errors: ParseError[]; value: unknown; cand: (typeof CANDIDATES)[number] } | undefined;
    for (const cand of candidates) {
      if (cand.kind === 'delete' && first.offset >= current.length) continue;
      const rest = cand.kind === 'insert' ? cand.text + current.slice(first.offset) : current.slice(first.offset + 1);
      const next = current.slice(0, first.offset) + rest;
      parsed += next.length;
      let value: unknown = NOT_STRICT;
      // Strict JSON is settled natively (it has no error the tolerant scanner would report). A
      // failed native parse costs a thrown error and a read up to the repair at least, so it is
      // tried on the likeliest candidate, and on the others when the tolerant read would cover
      // more than that anyway (a missing bracket early in the text, not a comma near its end).
      if (cand === candidates[0] || first.offset < rest.length) {
        try {
          value = JSON.parse(next);
        } catch {
          // Not strict JSON: its errors say how good it is.
        }
      }
      const mustBeat = best ? best.errors : errors;
      const found =
        value !== NOT_STRICT
          ? []
          : prefix !== undefined && (cand.kind === 'insert' || endsToken(current, first.offset))
            ? candidateErrors(prefix + rest, first.offset - prefix.length, mustBeat)
            : candidateErrors(next, 0, mustBeat);
      if (!found || !better(found, mustBeat)) continue;
      best = { text: next, errors: found, value, cand };
      if (found.length === 0) break; // cannot do better than a clean parse
    }
    // Keep a repair only if it moves the first error further on or removes errors.
    if (!best) break;
    const deleted = best.cand.kind === 'delete' ? current.charAt(first.offset) : '';
    repairs.push({
      offset: map.toOriginal(first.offset),
      kind: best.cand.kind,
      text: best.cand.kind === 'insert' ? best.cand.text : deleted,
    });
    map.edit(first.offset, best.cand.kind === 'insert' ? best.cand.text.length : -1);
    current = best.text;
    errors = best.errors;
    value = best.value;
  }
  const repaired = current;
  const treeOf = lazyTree(repaired, repairs.length ? map : undefined);
  if (value === NOT_STRICT && !errors.length) {
    try {
      value = JSON.parse(repaired);
    } catch {
      // Comments or the like left: the tree gives the value.
    }
  }
  if (value === NOT_STRICT) {
    const root = treeOf();
    value = root ? getNodeValue(root) : undefined;
  }
  return { value, tree: treeOf, repairs, residual: errors.map((e) => ({ ...e, offset: map.toOriginal(e.offset) })) };
}

/**
 * The recovery of a text that one comma inserted at `offset` makes strict JSON (`repaired`, read
 * as `value`): what recoverJson finds for it (see missing-comma.ts), without its passes.
 */
export function recoveredByComma(repaired: string, offset: number, value: unknown): Recovered {
  const map = new OffsetMap();
  map.edit(offset, 1);
  return { value, tree: lazyTree(repaired, map), repairs: [{ offset, kind: 'insert', text: ',' }], residual: [] };
}

/** The repaired copy's tree, built on first call, with offsets mapped back to the original. */
function lazyTree(repaired: string, map: OffsetMap | undefined): () => JsonNode | undefined {
  let tree: JsonNode | undefined | null = null;
  return () => {
    if (tree === null) {
      tree = parseTree(repaired, [], OPTIONS);
      if (tree && map) remapTree(tree as MutableNode, map);
    }
    return tree;
  };
}

/**
 * True when the only error left is text after the root value (EndOfFileExpected, which ends the
 * read: nothing is reported after it) and no candidate can do better, so trying them (a full read
 * each) is saved. An insertion at its token starts a token there: the same error at the same place
 * at least. Deleting the token's first character leaves a token at the same place when the next
 * character is printable and not a slash (no space, no comment, no end of text in between).
 */
function trailingTextStays(text: string, errors: ParseError[]): boolean {
  if (errors.length !== 1 || (errors[0]!.error as number) !== END_OF_FILE_EXPECTED) return false;
  const next = text.charCodeAt(errors[0]!.offset + 1);
  return next > 32 && next < 127 && next !== 47;
}

/** The repair the error code suggests is tried first, so the usual case costs one extra parse. */
function likelyFirst(code: number): typeof CANDIDATES {
  const hint = code === 6 ? ',' : code === 8 ? ']' : code === 7 ? '}' : code === 12 ? '"' : undefined;
  return hint === undefined ? CANDIDATES : [...CANDIDATES].sort((a, b) => Number(b.text === hint) - Number(a.text === hint));
}

/** Fewer errors wins; with as many, the one whose first error comes later. */
function better(a: ParseError[], b: ParseError[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return (a[0]?.offset ?? Infinity) > (b[0]?.offset ?? Infinity);
}

type MutableNode = { -readonly [K in keyof JsonNode]: JsonNode[K] };

function remapTree(node: MutableNode, map: OffsetMap): void {
  const end = map.toOriginal(node.offset + node.length);
  node.offset = map.toOriginal(node.offset);
  node.length = Math.max(0, end - node.offset);
  if (node.colonOffset !== undefined) node.colonOffset = map.toOriginal(node.colonOffset);
  for (const child of node.children ?? []) remapTree(child as MutableNode, map);
}

export function describeRepair(original: string, r: Repair): Diagnostic {
  const where = { offset: r.offset, length: r.kind === 'delete' ? 1 : 0 };
  switch (r.kind === 'delete' ? 'delete' : r.text) {
    case ',':
      return {
        code: 'CommaExpected',
        severity: 'error',
        message: 'A comma is missing here; the studio reads the file as if it were there.',
        ...where,
      };
    case ']':
      return {
        code: 'CloseBracketExpected',
        severity: 'error',
        message: 'A closing bracket "]" is missing here: an array is never closed.',
        ...where,
      };
    case '}':
      return {
        code: 'CloseBraceExpected',
        severity: 'error',
        message: 'A closing brace "}" is missing here: an object is never closed.',
        ...where,
      };
    case '"':
      return { code: 'QuoteExpected', severity: 'error', message: 'A double quote is missing here.', ...where };
    default:
      return {
        code: 'UnexpectedCharacter',
        severity: 'error',
        message: `Unexpected character "${original.charAt(r.offset)}"; the studio reads the file without it.`,
        ...where,
      };
  }
}
