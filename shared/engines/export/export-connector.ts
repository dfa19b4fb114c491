// The connector folder to write: every file as bytes plus a report of what was generated or
// changed. Files the connector already has are written back byte for byte (same text, same
// encoding, same BOM); missing ones are generated from Microsoft's templates. No secret is written.
import { CONNECTOR_FILES, type TextFileKey } from '../../core/connector';
import type { ConnectorTextFile, LoadedConnector } from '../../core/connector';
import { applyEdits, removeMemberEdits, JsonDocument, encodeText } from '../../core/text';
import { newApiProperties, type ApiPropertiesOptions, type PublishProfile } from './api-properties-template';
import { newReadme } from './readme-template';
import { findWrittenSecrets } from './secret-scan';
import { newSettingsJson } from './settings-json';

export interface ExportOptions extends ApiPropertiesOptions {
  profile?: PublishProfile;
  /** Icon bytes to write as icon.png (replaces the connector's own). */
  icon?: Uint8Array;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExportNote {
  file: string;
  action: 'kept' | 'generated' | 'secret-removed';
  message: string;
}

export interface ExportResult {
  files: ExportedFile[];
  report: ExportNote[];
}

const ORDER: TextFileKey[] = ['definition', 'properties', 'settings', 'readme', 'script'];

export function exportConnector(connector: LoadedConnector, options: ExportOptions = {}): ExportResult {
  const files: ExportedFile[] = [];
  const report: ExportNote[] = [];
  const icon = options.icon ?? connector.icon;
  for (const key of ORDER) {
    const existing = connector.files[key];
    const standard = CONNECTOR_FILES[key].name;
    if (existing) {
      const text = key === 'properties' ? withoutSecrets(existing, report) : existing.text;
      files.push({ name: existing.fileName, bytes: encodeText(text, existing.encoding, existing.bom) });
      continue;
    }
    const generated = generate(key, connector, options, icon !== undefined);
    if (generated === undefined) continue;
    files.push({ name: standard, bytes: encodeText(generated, 'utf-8', false) });
    report.push({ file: standard, action: 'generated', message: `${standard} was generated from Microsoft's template.` });
  }
  if (icon) files.push({ name: CONNECTOR_FILES.icon.name, bytes: icon });
  return { files, report };
}

function generate(key: TextFileKey, connector: LoadedConnector, options: ExportOptions, hasIcon: boolean): string | undefined {
  switch (key) {
    case 'properties':
      return newApiProperties(connector.model.securityDefinitions, options);
    case 'settings':
      return newSettingsJson({ icon: hasIcon, script: connector.files.script !== undefined });
    case 'readme':
      return newReadme(connector.model, options.profile === 'independent-publisher' ? 'independent-publisher' : 'certified');
    default:
      return undefined;
  }
}

/** The properties text with every written secret removed by a minimal edit. */
function withoutSecrets(file: ConnectorTextFile, report: ExportNote[]): string {
  let doc = file.doc ?? JsonDocument.parse(file.text);
  // One removal at a time, last first, re-reading in between: neighbouring removals never overlap.
  for (let guard = 0; guard < 1000; guard++) {
    const secret = findWrittenSecrets(doc).pop();
    if (!secret) break;
    doc = JsonDocument.parse(applyEdits(doc.text, removeMemberEdits(secret.property)));
    report.push({
      file: file.fileName,
      action: 'secret-removed',
      message: `Removed ${secret.what} from ${file.fileName}: secrets are kept in the OS keychain, never in connector files.`,
    });
  }
  return doc.text;
}
