// The files of a connector folder, as Microsoft's tools (paconn, pac connector, the
// PowerPlatformConnectors repository) name them.
export const CONNECTOR_FILES = {
  definition: { name: 'apiDefinition.swagger.json', kind: 'json', maxBytes: 16 * 1024 * 1024 },
  properties: { name: 'apiProperties.json', kind: 'json', maxBytes: 4 * 1024 * 1024 },
  script: { name: 'script.csx', kind: 'text', maxBytes: 4 * 1024 * 1024 },
  settings: { name: 'settings.json', kind: 'json', maxBytes: 1024 * 1024 },
  readme: { name: 'README.md', kind: 'text', maxBytes: 4 * 1024 * 1024 },
  icon: { name: 'icon.png', kind: 'binary', maxBytes: 4 * 1024 * 1024 },
} as const;

export type ConnectorFileKey = keyof typeof CONNECTOR_FILES;
export type TextFileKey = Exclude<ConnectorFileKey, 'icon'>;

/** Raw bytes of the files found in a folder; `fileName` keeps the spelling found on disk. */
export type ConnectorFileBytes = Partial<Record<ConnectorFileKey, { fileName: string; bytes: Uint8Array }>>;

export function fileKeyForName(name: string): ConnectorFileKey | undefined {
  const lower = name.toLowerCase();
  return (Object.keys(CONNECTOR_FILES) as ConnectorFileKey[]).find((k) => CONNECTOR_FILES[k].name.toLowerCase() === lower);
}
