// A new connector folder from an API description: the file (by path, or its bytes when it was
// dropped on a browser window that cannot tell its path) goes through the importers, and the
// converted connector is written like the CLI's import does (generated apiProperties.json,
// settings.json and README.md; secrets removed).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportConnector } from '../../shared/engines/export';
import type { ImportNote } from '../../shared/engines/import/import-result';
import { StudioError } from '../../shared/contracts/ipc';
import { checkNewConnectorFolder } from './connector-create-target';
import { checkOpenableSizes, writeConnectorFiles } from './connector-folder';
import { fileReadNotes, importSource, type ImportedSource } from './import-source';

export type ImportInput = { kind: 'path'; path: string } | { kind: 'content'; name: string; base64: string };

export interface ImportedFolder {
  dir: string;
  format: ImportedSource['format'];
  notes: ImportNote[];
}

/** A dropped file's name, safe to use as a file name (no folders, no leading dot). */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 200);
  return cleaned || 'dropped-file.json';
}

/**
 * Imports a dropped file's bytes: written under its own name into a private temporary folder and
 * imported from there, so the importers see exactly what they see for a path. It follows no
 * external `$ref` (its folder is unknown, and an absolute one could reach any file): each is
 * reported as not followed.
 */
async function importDropped(name: string, base64: string): Promise<ImportedSource> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new StudioError('empty-file', `${name} is empty: there is nothing to import.`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'connector-studio-drop-'));
  const fileName = safeFileName(name);
  try {
    const file = path.join(tmp, fileName);
    await fs.writeFile(file, bytes, { mode: 0o600 });
    return await importSource(file, 'auto', {
      refRoot: false,
      noRefReason:
        'a dropped file comes without its folder, so it follows no reference to another file (import it by its path to include them).',
    });
  } catch (err) {
    // Messages name the temporary copy: name the dropped file instead.
    if (err instanceof Error) err.message = err.message.split(path.join(tmp, fileName)).join(fileName).split(tmp).join('');
    throw err;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

export interface ImportIntoFolderOptions {
  /**
   * The folder a description's references may reach, when the user allowed a wider one than the
   * description's own folder. Without it, references that lead out of that folder refuse the
   * import with a WiderRootNeeded naming the folder that would reach them, so the studio can ask.
   */
  refRoot?: string;
}

export async function importIntoFolder(input: ImportInput, dir: string, options: ImportIntoFolderOptions = {}): Promise<ImportedFolder> {
  const target = await checkNewConnectorFolder(dir, 'the imported connector');
  const loaded =
    input.kind === 'path'
      ? await importSource(input.path, 'auto', {
          offerWiderRoot: true,
          ...(options.refRoot !== undefined ? { refRoot: options.refRoot } : {}),
        })
      : await importDropped(input.name, input.base64);
  if (input.kind === 'path' && loaded.format === 'folder' && path.resolve(input.path) === target) {
    throw new StudioError('same-folder', `${target} is the folder being imported; choose another folder for the copy.`);
  }
  const definition = loaded.connector.files.definition;
  if (loaded.connector.model.swaggerVersion !== '2.0' || !definition?.doc || definition.doc.value === undefined) {
    const from = input.kind === 'path' ? input.path : input.name;
    throw new StudioError('not-an-api-description', `${from} holds no Swagger 2.0 definition the studio can open.`);
  }
  const result = exportConnector(loaded.connector);
  checkOpenableSizes(result.files, 'The import');
  await writeConnectorFiles(target, result.files);
  // The import report names every file read; a dropped file's temporary copy is named by its own name.
  const read = input.kind === 'path' ? fileReadNotes(loaded.filesRead) : [];
  return { dir: target, format: loaded.format, notes: [...read, ...loaded.report] };
}
