// The platform's limit on apiDefinition.swagger.json and how its size is stated: validate's
// DefinitionTooLarge and an import's report measure the same UTF-8 text the same way.

/** "Definition size < 1 MB" (connectors.md, Microsoft's connector FAQ). */
export const MAX_DEFINITION_BYTES = 1024 * 1024;

/** "1.13 MB": a definition's UTF-8 bytes in MB, two decimals. */
export function definitionSizeText(bytes: number): string {
  return `${(bytes / 1048576).toFixed(2)} MB`;
}
