// Builds the selected operation's detail (parameters, responses, schema trees, references to its
// ID) and its designer preview off the UI thread: a large definition takes tens of milliseconds to parse, and its trees for
// every operation at once would be megabytes, so they are built for one operation, on request.
import { operationDetail } from '../../../shared/editing/definition-edits';
import { designerPreview } from '../../../shared/engines/designer-preview';
import { JsonDocument } from '../../../shared/core/text';
import type { DetailAnswer, DetailRequest } from './detail-protocol';
import { errorMessage } from '../../../shared/core/error-message';

const scope = self as unknown as { postMessage(message: DetailAnswer): void; onmessage: ((e: MessageEvent<DetailRequest>) => void) | null };

let definition: unknown;
let properties: unknown;

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Comments, trailing commas, a text being typed: the tolerant parser reads what it can.
    return JsonDocument.parse(text).value;
  }
}

scope.onmessage = ({ data }) => {
  try {
    if (data.definition !== undefined) definition = parse(data.definition);
    if (data.properties !== undefined) properties = data.properties === null ? undefined : parse(data.properties);
    const detail = operationDetail(definition, properties, data.pointer);
    const preview = designerPreview(definition, properties, data.pointer);
    scope.postMessage({ id: data.id, detail, ...(preview ? { preview } : {}) });
  } catch (err) {
    scope.postMessage({ id: data.id, detail: undefined, error: errorMessage(err) });
  }
};
