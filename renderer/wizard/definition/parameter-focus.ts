// Asks the Definition tab's parameter table to open one parameter's form and focus one of its
// fields (by the label the form shows): how the designer preview and the Certification tab's
// "Show in form" link a problem to the field that fixes it. Each request has a number from one
// counter: the newest of two asks wins, and one already answered is not answered again when the
// tab is shown anew.
import { createContext } from 'react';

export interface ParameterFocusRequest {
  /** The item of the operation's (or path item's) `parameters` list. */
  parameterPointer: string;
  field: string;
  seq: number;
}

export const ParameterFocusContext = createContext<ParameterFocusRequest | undefined>(undefined);

let lastSeq = 0;
let answered = 0;

export function parameterFocusRequest(parameterPointer: string, field: string): ParameterFocusRequest {
  return { parameterPointer, field, seq: ++lastSeq };
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

/** True once per request: the first parameter table that can show it takes it. */
export function takeRequest(request: ParameterFocusRequest): boolean {
  if (request.seq <= answered) return false;
  answered = request.seq;
  return true;
}
