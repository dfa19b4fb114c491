// What every importer returns: a Swagger 2.0 connector definition (plus, when the source says
// enough about auth, apiProperties) and a report of every decision and every loss, each pointing
// into the source so a user can see what it was about.
export type ImportNoteKind = 'decision' | 'loss' | 'warning';

export interface ImportNote {
  kind: ImportNoteKind;
  /** Stable id, e.g. `CookieParameterDropped`, `ServerVariableInlined`. */
  code: string;
  /** One sentence a user understands. */
  message: string;
  /** JSON pointer into the source document (for Postman: into the collection JSON). */
  sourcePointer?: string;
}

export interface ImportResult {
  /** The Swagger 2.0 definition, as plain JSON data. */
  definition: Record<string, unknown>;
  /** apiProperties.json content when the importer derived connection parameters; otherwise the exporter generates it. */
  properties?: Record<string, unknown>;
  report: ImportNote[];
}

/** Thrown for input that is not what the importer takes: one clear sentence. */
export class ImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
