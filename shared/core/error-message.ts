// The sentence of something thrown: an Error's message, anything else (a string, a number, an
// object thrown by a library) as text. One helper, so every catch reads the same.

/** The message of `err` when it is an Error, otherwise `err` as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
