// What a finished Operation ID rename offers to update: the places that still name the old ID,
// read from an operation detail taken before or after the rename reached the worker.
import type { OperationDetail } from '../../../shared/editing/definition-edits';

export interface Offer {
  from: string;
  to: string;
  definition: number;
  properties: number;
  via: string[];
}

export interface Rename {
  from: string;
  to: string;
}

/** The offer for a finished rename, or null when nothing else names the old ID (or it is still in use). */
export function renameOffer(rename: Rename, detail: OperationDetail): Offer | null {
  const named = (r: { operationId: string }) => r.operationId === rename.from;
  const definition = detail.allReferences.definition.filter(named);
  const properties = detail.allReferences.properties.filter(named);
  // Another operation still carries the old ID: the references may be meant for it. A detail from
  // before the rename counts this operation too.
  const others = (detail.operationIdCounts[rename.from] ?? 0) - (detail.operationId === rename.from ? 1 : 0);
  if (others > 0 || definition.length + properties.length === 0) return null;
  return {
    ...rename,
    definition: definition.length,
    properties: properties.length,
    via: [...new Set([...definition, ...properties].map((r) => r.via))],
  };
}
