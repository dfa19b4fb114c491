// Messages between the Definition tab and its detail worker: the texts (only when their version
// changed since the last request) and the selected operation; the answer is that operation's detail
// and designer preview.
import type { OperationDetail } from '../../../shared/editing/definition-edits';
import type { DesignerPreview } from '../../../shared/engines/designer-preview';

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
  /** What the designers would show of it (built from the same parse). */
  preview?: DesignerPreview;
  error?: string;
}
