// Messages between the Definition tab and its detail worker: the texts (only when their version
// changed since the last request) and the selected operation; the answer is that operation's detail.
import type { OperationDetail } from '../../../shared/editing/definition-edits';

export interface DetailRequest {
  id: number;
  pointer: string;
  /** A file's text when it changed since the last request (the worker keeps the last one it got). */
  definition?: string;
  /** null: the connector has no apiProperties.json. */
  properties?: string | null;
}

export interface DetailAnswer {
  id: number;
  detail: OperationDetail | undefined;
  error?: string;
}
