// The two JSON files the studio edits as text (Monaco models in the session), by the key the session
// uses for each. Export sends their current texts; the disk watch reloads or keeps them.
import type { ConnectorFileName } from '../../shared/contracts/ipc';

export type EditedFileKey = 'definition' | 'properties';

/** The files the studio edits, by the key the session uses. */
export const EDITED_FILES: readonly { key: EditedFileKey; name: ConnectorFileName }[] = [
  { key: 'definition', name: 'apiDefinition.swagger.json' },
  { key: 'properties', name: 'apiProperties.json' },
];
