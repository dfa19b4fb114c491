// A connector's title for the recent list: info.title of its definition.
import type { OpenedConnector } from '../../shared/contracts/ipc';
import { JsonDocument } from '../../shared/core/text';

/** info.title of a definition text, for the recent list; undefined when it has none or does not parse. */
export function titleOf(opened: OpenedConnector): string | undefined {
  const text = opened.files['apiDefinition.swagger.json']?.text;
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Broken files still have titles; the tolerant parser finds them (small files only: it is slower).
    if (text.length > 2 * 1024 * 1024) return undefined;
    value = JsonDocument.parse(text).value;
  }
  const title = (value as { info?: { title?: unknown } } | null)?.info?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
