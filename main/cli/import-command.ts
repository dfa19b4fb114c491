// `connector-studio import <source> --out <dir>`: writes a connector folder. From an existing
// folder, every file it has is written back byte for byte; missing ones are generated.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportConnector, type PublishProfile } from '../../shared/engines/export';
import { asObject } from '../../shared/core/model/json-access';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import type { ImportedSource } from '../services/import-source';
import { checkOpenableSizes, writeConnectorFiles } from '../services/connector-folder';

export interface ImportOutcome {
  out: string;
  written: string[];
  report: { file: string; action: string; message: string }[];
}

/** Names what a non-Swagger-2.0 source is, so the error says what to do. */
function describeForeign(value: unknown): string {
  const v = asObject(value);
  if (!v) return 'is not a JSON object, so it is not an API description';
  if (typeof v.openapi === 'string') return `is OpenAPI ${v.openapi}; only Swagger 2.0 definitions and connector folders can be imported so far`;
  if (asObject(v.info)?._postman_id !== undefined || Array.isArray(v.item) || asObject(v.collection)) {
    return 'is a Postman collection; only Swagger 2.0 definitions and connector folders can be imported so far';
  }
  return 'is not a Swagger 2.0 definition (it has no "swagger": "2.0")';
}

export async function runImport(loaded: ImportedSource, outDir: string, profile?: PublishProfile): Promise<ImportOutcome> {
  const { connector, source } = loaded;
  const def = connector.files.definition;
  if (def?.doc && def.doc.value !== undefined && connector.model.swaggerVersion !== '2.0') {
    throw new StudioError('not-swagger-2', `${source} ${describeForeign(def.doc.value)}.`);
  }
  const out = path.resolve(outDir);
  if (out === source) throw new StudioError('same-folder', `The output folder ${out} is the source folder; choose another --out.`);
  const stat = await fs.stat(out).catch(() => null);
  if (stat && !stat.isDirectory()) throw new StudioError('not-a-folder', `${out} is a file; --out must be a folder.`);
  const result = exportConnector(connector, profile ? { profile } : {});
  checkOpenableSizes(result.files, 'The import');
  const written = await writeConnectorFiles(out, result.files);
  return { out, written, report: result.report };
}
