// Export package: the connector's files in the layout paconn (`paconn create -s settings.json`) and
// `pac connector create` read, written into a folder of the user's choosing. The texts being edited
// replace those on disk; icon.png and script.csx come from the folder. Missing apiProperties.json,
// settings.json and README.md are generated, and every secret is removed (shared/engines/export).
// A definition with no info.description, on which `paconn create` stops (KeyError: 'description'),
// gets a drafted one in the package, by a minimal edit, and said; the connector's own files are
// never changed. The CLI's `export` writes through here too: the same bytes as the studio.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeConnectorFiles, loadConnector, type TextFileInput, fileKeyForName, type TextFileKey } from '../../shared/core/connector';
import { exportConnector } from '../../shared/engines/export';
import { insertDraftedDescription, PACKAGE_DESCRIPTION_DRAFTED_MESSAGE } from '../../shared/engines/import/draft-description';
import type { ConnectorFileName, TextFile } from '../../shared/contracts/ipc';
import { StudioError } from '../../shared/contracts/ipc';
import { TextDecodeError } from '../../shared/core/text';
import { connectorFilesIn } from './connector-create-target';
import { readConnectorFolder, writeConnectorFiles } from './connector-folder';

export interface PackageOutcome {
  target: string;
  written: string[];
  report: { file: string; action: string; message: string }[];
}

/** Device and inode of the file `p` leads to (through links); undefined when there is none. */
async function fileId(p: string): Promise<string | undefined> {
  const stat = await fs.stat(p).catch(() => null);
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

async function realOrResolved(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}

export async function exportPackage(
  dir: string,
  target: string,
  edited: Partial<Record<ConnectorFileName, TextFile>> = {},
  overwrite = false,
): Promise<PackageOutcome> {
  const source = path.resolve(dir);
  const out = path.resolve(target);
  if ((await realOrResolved(source)) === (await realOrResolved(out))) {
    throw new StudioError('same-folder', `${out} is the connector's own folder; choose another folder for the package.`);
  }
  const stat = await fs.stat(out).catch(() => null);
  if (stat && !stat.isDirectory()) throw new StudioError('not-a-folder', `${out} is a file; choose a folder for the package.`);
  if (!stat && !(await fs.stat(path.dirname(out)).catch(() => null))?.isDirectory()) {
    throw new StudioError('no-parent', `Cannot create ${out}: the folder ${path.dirname(out)} does not exist.`);
  }
  const before = stat ? await connectorFilesIn(out) : [];
  if (before.length && !overwrite) {
    throw new StudioError(
      'target-has-connector',
      `${out} already holds connector files (${before.join(', ')}); replace them, or choose an empty folder.`,
    );
  }

  const raw = await readConnectorFolder(source);
  let texts: Partial<Record<TextFileKey, TextFileInput>>;
  try {
    texts = decodeConnectorFiles(raw);
  } catch (err) {
    if (err instanceof TextDecodeError) throw new StudioError(err.code, `${path.join(source, err.message)}.`);
    throw err;
  }
  for (const [name, file] of Object.entries(edited) as [ConnectorFileName, TextFile][]) {
    const key = fileKeyForName(name);
    if (!key || key === 'icon') continue;
    texts[key] = { fileName: texts[key]?.fileName ?? name, text: file.text, encoding: file.encoding, bom: file.bom };
  }
  const connector = loadConnector(texts, raw.icon?.bytes);
  const drafted = insertDraftedDescription(connector);
  const result = exportConnector(connector);
  // Writes go through links: a package file that is a link to one of the connector's own files
  // would replace it. Compared as files (device and inode), not names.
  const sourceFiles = new Set<string>();
  for (const entry of Object.values(raw)) {
    const id = await fileId(path.join(source, entry.fileName));
    if (id) sourceFiles.add(id);
  }
  for (const f of result.files) {
    const id = await fileId(path.join(out, f.name));
    if (id && sourceFiles.has(id)) {
      throw new StudioError(
        'would-overwrite-source',
        `Writing ${path.join(out, f.name)} would replace the connector's own ${f.name}; choose another folder for the package.`,
      );
    }
  }
  const written = await writeConnectorFiles(out, result.files);
  const report: PackageOutcome['report'] = [];
  if (drafted) {
    const file = connector.files.definition!.fileName;
    report.push({ file, action: 'description-drafted', message: PACKAGE_DESCRIPTION_DRAFTED_MESSAGE(file, drafted.draft) });
  }
  report.push(...result.report);
  const writtenLower = new Set(written.map((n) => n.toLowerCase()));
  for (const old of before) {
    if (!writtenLower.has(old.toLowerCase())) {
      report.push({
        file: old,
        action: 'left',
        message: `${old} from an earlier package is still in ${out}; this connector has no such file.`,
      });
    }
  }
  return { target: out, written, report };
}
