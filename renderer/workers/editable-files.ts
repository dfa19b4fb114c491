// The two JSON files the studio edits, each in its own Monaco model.
import type { ConnectorFileName } from '../../shared/contracts/ipc';

export type EditableFile = 'definition' | 'properties';

export const EDITABLE_FILES: readonly EditableFile[] = ['definition', 'properties'];

export const FILE_NAMES: Record<EditableFile, ConnectorFileName> = {
  definition: 'apiDefinition.swagger.json',
  properties: 'apiProperties.json',
};
