// Asks the Definition tab to open the form of one request parameter, response or schema property
// (by its pointer, or where a `$ref` names it, the entry's; the tables holding it open on the way,
// a `#/definitions` schema's in References) and focus one of its fields (by the label
// the form shows): how the designer preview and the Certification tab's "Show in form" link a
// problem to the field that fixes it. Each request has a number from one
// counter: the newest of two asks wins, and one already answered is not answered again when the
// tab is shown anew.
import { createContext } from 'react';

export interface ParameterFocusRequest {
  /**
   * A parameter (an item of the operation's or its path item's `parameters`), a response, a schema
   * property of either, or the same inside the `#/parameters`, `#/responses` or `#/definitions` entry
   * a `$ref` names.
   */
  pointer: string;
  field: string;
  /** The line of the field to select (an `enum` value's, in Values). */
  line?: number;
  seq: number;
}

export const ParameterFocusContext = createContext<ParameterFocusRequest | undefined>(undefined);

let lastSeq = 0;
let answered = 0;

export function parameterFocusRequest(pointer: string, field: string, line?: number): ParameterFocusRequest {
  return { pointer, field, ...(line !== undefined ? { line } : {}), seq: ++lastSeq };
}

/** The request asks for this item's form or for something inside it. */
export function asksFor(request: ParameterFocusRequest | undefined, pointer: string): 'self' | 'inside' | undefined {
  if (!request) return undefined;
  if (request.pointer === pointer) return 'self';
  return request.pointer.startsWith(`${pointer}/`) ? 'inside' : undefined;
}

/** The newer of two requests (either may be absent). */
export function newerRequest(
  a: ParameterFocusRequest | undefined,
  b: ParameterFocusRequest | undefined,
): ParameterFocusRequest | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.seq >= b.seq ? a : b;
}

/** Not answered yet: a form that can show it is still to take it. */
export function isPending(request: ParameterFocusRequest | undefined): request is ParameterFocusRequest {
  return request !== undefined && request.seq > answered;
}

/** True once per request: the first form that can show it takes it. */
export function takeRequest(request: ParameterFocusRequest): boolean {
  if (request.seq <= answered) return false;
  answered = request.seq;
  return true;
}
