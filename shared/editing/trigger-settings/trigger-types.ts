// What the trigger settings of one operation show: x-ms-trigger, x-ms-trigger-hint,
// x-ms-trigger-metadata, and for webhooks the callback property and the notification content.

/** A body property that can take the callback URL (x-ms-notification-url). */
export interface CallbackCandidate {
  /** Pointer of the property's schema (the `$ref` target when it is a reference). */
  pointer: string;
  /** Dotted path from the body: `callback.url`. */
  path: string;
  type: string;
  selected: boolean;
}

export interface TriggerView {
  pointer: string;
  pathItemPointer: string;
  operationId: string;
  /** `single`, `batch` (or what is written). */
  trigger: string;
  hint: string;
  /** x-ms-trigger-metadata as written, when present. */
  metadata?: { kind: string; mode: string };
  notification?: {
    description: string;
    /** `#/definitions/X` when the schema is a reference. */
    schemaRef: string;
    /** The schema is written inline (edited in the text). */
    inlineSchema: boolean;
  };
  /** Undefined when the operation takes no body. */
  callbackCandidates?: CallbackCandidate[];
}
