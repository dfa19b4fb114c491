// Whether a text looks like YAML, without the YAML library: the connector loader asks it of every
// definition it opens, and loading `yaml` for that would cost every CLI command its start-up time.

/** The first line that is not blank, a comment or `---` is `key:`. */
export function looksLikeYamlMapping(text: string): boolean {
  const line = text.split(/\r?\n/, 50).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#') && l.trim() !== '---');
  return line !== undefined && /^[A-Za-z_$][\w$.-]*\s*:(\s|$)/.test(line);
}
