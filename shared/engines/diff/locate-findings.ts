// Raw findings -> located DiffFindings: file, line, column, offset and length of the pointer in the
// file of the connector it names (one scan per file, as certification locates its findings).
import { pointerLookup, treeLookup, type PointerLookup } from '../certify';
import { CONNECTOR_FILES } from '../../core/connector';
import type { LoadedConnector } from '../../core/connector';
import type { RawFinding } from './raw-finding';
import type { DiffFinding } from './types';

const FILES = ['definition', 'properties'] as const;
const SOURCES = ['new', 'old'] as const;

export function locateFindings(raw: readonly RawFinding[], connectors: { old: LoadedConnector; new: LoadedConnector }): DiffFinding[] {
  const all: DiffFinding[] = [];
  const seen = new Set<string>();
  // The new connector's findings first (what to look at in the files being changed), then the
  // old one's (what is gone); each file's in text order.
  for (const source of SOURCES) {
    for (const file of FILES) {
      const mine = raw.filter((f) => f.source === source && f.file === file);
      if (!mine.length) continue;
      const entry = connectors[source].files[file];
      const doc = entry?.doc;
      const pointers = mine.map((f) => f.pointer);
      const lookup: PointerLookup | undefined = doc
        ? doc.isStrict
          ? pointerLookup(doc.text, pointers)
          : treeLookup(doc.tree, pointers)
        : undefined;
      const out: DiffFinding[] = [];
      for (const f of mine) {
        const key = `${f.rule.id}\u0000${source}\u0000${file}\u0000${f.pointer}\u0000${f.valuePath}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const loc = lookup?.find(f.pointer)?.location;
        let offset = 0;
        let length = 0;
        if (loc) {
          const first = doc!.text.charCodeAt(loc.offset);
          const container = first === 123 || first === 91;
          // An object or array is shown at its property name, as certification does.
          if (loc.keyOffset !== undefined && (f.at === 'key' || container)) {
            offset = loc.keyOffset;
            length = loc.keyLength!;
          } else {
            offset = loc.offset;
            length = container ? 1 : loc.length;
          }
        }
        const { line, column } = doc ? doc.lines.position(offset) : { line: 1, column: 1 };
        out.push({
          file: entry?.fileName ?? CONNECTOR_FILES[file].name,
          line,
          column,
          offset,
          length,
          code: f.rule.id,
          severity: f.severity ?? f.rule.severity,
          message: source === 'old' ? `${f.message} (Shown where it was in the old connector.)` : f.message,
          pointer: f.pointer,
          category: f.rule.category,
          source,
          valuePath: f.valuePath,
          ...(f.operation !== undefined ? { operation: f.operation } : {}),
        });
      }
      out.sort(
        (a, b) =>
          a.offset - b.offset ||
          (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
          (a.valuePath < b.valuePath ? -1 : a.valuePath > b.valuePath ? 1 : 0),
      );
      for (const d of out) all.push(d);
    }
  }
  return all;
}
