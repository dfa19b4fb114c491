// The definition's current text, parsed on the UI thread for what the form state does not carry: a
// schema's property tree and where a use sits in the text. A strict parse of the largest definition
// costs about as much as JSON.parse (a few milliseconds); it is done once per text version.
import { JsonDocument } from '../../../shared/core/text';
import type { ConnectorTexts, TabSession } from '../../session/editing';

const cache = new WeakMap<object, { version: number; doc: JsonDocument }>();

export function definitionDocument(texts: ConnectorTexts): JsonDocument | undefined {
  const version = texts.version('definition');
  const text = texts.text('definition');
  if (version === undefined || text === undefined) return undefined;
  const known = cache.get(texts);
  if (known?.version === version) return known.doc;
  const doc = JsonDocument.parse(text);
  cache.set(texts, { version, doc });
  return doc;
}

/** Selects the value at `pointer` in the editor (showing the definition file). */
export function revealPointer(session: TabSession, pointer: string): void {
  const range = definitionDocument(session)?.rangeOf(pointer);
  if (range) session.reveal('definition', range.offset, range.length);
}
