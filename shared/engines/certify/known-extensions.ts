// The `x-ms-*` extensions Power Platform reads (connectors.md section 3), and the AutoRest ones it
// accepts but ignores. A key outside both lists is a typo or an extension from another tool.
export const POWER_PLATFORM_EXTENSIONS: readonly string[] = [
  'x-ms-summary',
  'x-ms-visibility',
  'x-ms-trigger',
  'x-ms-trigger-hint',
  'x-ms-trigger-metadata',
  'x-ms-trigger-value',
  'x-ms-notification-content',
  'x-ms-notification-url',
  'x-ms-notification',
  'x-ms-url-encoding',
  'x-ms-dynamic-values',
  'x-ms-dynamic-list',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-tree',
  'x-ms-capabilities',
  'x-ms-api-annotation',
  'x-ms-operation-context',
  'x-ms-pageable',
  'x-ms-safe-operation',
  'x-ms-no-generic-test',
  'x-ms-test-value',
  'x-ms-enum-values',
  'x-ms-localizeDefaultValue',
  'x-ms-media-kind',
  'x-ms-editor',
  'x-ms-editor-options',
  'x-ms-connector-metadata',
  'x-ms-docs',
  'x-ms-deployment-version',
  'x-ms-keywords',
  'x-ms-openai-data',
  'x-ms-openai-manifest',
  'x-ms-openai-published-to-copilots',
  'x-ms-require-user-confirmation',
  'x-ms-explicit-input',
  'x-ms-agentic-protocol',
];

/** AutoRest extensions: accepted by Microsoft's schema, ignored by Power Platform. */
export const AUTOREST_EXTENSIONS: readonly string[] = ['x-ms-enum', 'x-ms-parameter-location', 'x-ms-skip-url-encoding'];

const ALL = new Set([...POWER_PLATFORM_EXTENSIONS, ...AUTOREST_EXTENSIONS]);

export function isKnownExtension(key: string): boolean {
  return ALL.has(key);
}

/** A key meant as a Microsoft extension: `x-ms-…` in any case or spacing (`X-MS-summary`, `x-ms  -summary`). */
export function looksLikeMsExtension(key: string): boolean {
  return /^x\s*-\s*ms/i.test(key);
}
