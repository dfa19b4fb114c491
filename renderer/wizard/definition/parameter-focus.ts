// Asks the Definition tab's parameter table to open one parameter's form and focus one of its
// fields (by the label the form shows): how the designer preview links a problem to the field
// that fixes it. A new request is a new object (`seq` tells two asks for the same field apart).
import { createContext } from 'react';

export interface ParameterFocusRequest {
  /** The item of the operation's (or path item's) `parameters` list. */
  parameterPointer: string;
  field: string;
  seq: number;
}

export const ParameterFocusContext = createContext<ParameterFocusRequest | undefined>(undefined);
