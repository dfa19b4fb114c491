// The few globals shared/ relies on, which every runtime it targets (Node, Chromium pages and
// workers) provides. Declared here so shared/ type-checks with neither DOM nor Node types.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
