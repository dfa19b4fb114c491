// Where a SARIF result is: a file label as an RFC 3986 reference relative to a base id that the
// run's `originalUriBaseIds` defines. Shared by `validate` and `diff`, whose labels are the same
// (relative to the working directory, "/" between segments).

/** The base id of the files' folder, which `originalUriBaseIds` defines (GitHub's and VS Code's viewers know it). */
export const SARIF_BASE_ID = 'SRCROOT';

/** The run's `originalUriBaseIds` for the folder at `baseUri` (a file: URI; a trailing "/" is added). */
export function sarifBaseIds(baseUri: string | undefined): { originalUriBaseIds?: Record<string, { uri: string }> } {
  if (baseUri === undefined) return {};
  return { originalUriBaseIds: { [SARIF_BASE_ID]: { uri: baseUri.endsWith('/') ? baseUri : `${baseUri}/` } } };
}

/**
 * A file label ("connectors/Café Connector/apiDefinition.swagger.json") as an RFC 3986 reference:
 * each segment percent-encoded (spaces, non-ASCII, "#", "?", ":"), "/" between them, relative to
 * the base id when there is one. Labels use "/"; one that is not relative (another drive) becomes a
 * file: URI.
 */
export function sarifArtifactLocation(label: string, based: boolean): { uri: string; uriBaseId?: string } {
  const drive = /^[A-Za-z]:\//.test(label);
  const encoded = label
    .split('/')
    .map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)))
    .join('/');
  if (drive) return { uri: `file:///${encoded}` };
  if (label.startsWith('/')) return { uri: `file://${encoded}` };
  return based ? { uri: encoded, uriBaseId: SARIF_BASE_ID } : { uri: encoded };
}
