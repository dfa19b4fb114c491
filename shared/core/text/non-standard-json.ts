// What the tolerant parser reads past that strict JSON does not allow (comments, trailing commas,
// raw control characters in strings, spaces JSON does not know) or leaves ambiguous (a key twice in
// one object). The studio opens such files; paconn and the Power Platform may refuse them or read
// them differently, so a save asks and the CLI's export refuses without --force.

/** Diagnostic codes (json-syntax-diagnostics.ts) of what is not standard JSON, in words. */
export const NON_STANDARD_JSON: Readonly<Record<string, string>> = {
  CommentNotAllowed: 'a comment',
  TrailingComma: 'a trailing comma',
  DuplicateKey: 'a key repeated in one object',
  ControlCharacterInString: 'a raw control character in a string',
  NonStandardWhitespace: 'a space JSON does not allow',
};

/**
 * "apiDefinition.swagger.json is not standard JSON (a comment at line 3, column 5; a trailing comma
 * at line 9, column 20 and 2 more)", from a file's located diagnostics; undefined when it is standard.
 */
export function nonStandardJson(name: string, diagnostics: readonly { code: string; line: number; column: number }[]): string | undefined {
  const found = diagnostics.filter((d) => Object.hasOwn(NON_STANDARD_JSON, d.code));
  if (!found.length) return undefined;
  const shown = found.slice(0, 3).map((d) => `${NON_STANDARD_JSON[d.code]} at line ${d.line}, column ${d.column}`);
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  return `${name} is not standard JSON (${shown.join('; ')}${more})`;
}
