// Opening a connector folder: its files read (each under its size limit), decoded, and their
// decoding problems located. CPU-bound for large files, so the hosts run it in the heavy-work
// worker (heavy-work.ts), beside the import and the package export.
import path from 'node:path';
import { CONNECTOR_FILES, type TextFileKey } from '../../shared/core/connector';
import { type FileDiagnostic, type OpenedConnector, StudioError } from '../../shared/contracts/ipc';
import { decodeBytes, LineIndex, TextDecodeError } from '../../shared/core/text';
import { readConnectorFolder } from './connector-folder';

const TEXT_KEYS: TextFileKey[] = ['definition', 'properties', 'script', 'settings', 'readme'];

export async function openConnectorFolder(dir: string): Promise<OpenedConnector> {
  const abs = path.resolve(dir);
  const raw = await readConnectorFolder(abs);
  const files: OpenedConnector['files'] = {};
  const diagnostics: FileDiagnostic[] = [];
  for (const key of TEXT_KEYS) {
    const entry = raw[key];
    if (!entry) continue;
    try {
      const decoded = decodeBytes(entry.bytes);
      files[CONNECTOR_FILES[key].name] = { text: decoded.text, encoding: decoded.encoding, bom: decoded.bom };
      if (decoded.diagnostics.length) {
        const lines = new LineIndex(decoded.text);
        for (const d of decoded.diagnostics) {
          diagnostics.push({ file: entry.fileName, code: d.code, severity: d.severity, message: d.message, ...lines.position(d.offset) });
        }
      }
    } catch (err) {
      if (err instanceof TextDecodeError) {
        throw new StudioError(err.code, `${path.join(abs, entry.fileName)} ${err.message}.`);
      }
      throw err;
    }
  }
  const icon = raw.icon ? Buffer.from(raw.icon.bytes).toString('base64') : undefined;
  return { dir: abs, files, diagnostics, ...(icon ? { iconBase64: icon } : {}) };
}
