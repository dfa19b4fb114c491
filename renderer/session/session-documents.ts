// The connector's documents while it is open: one Monaco model per JSON file (the source of truth),
// how each file was read (so it is written back the same way), which are changed since they were
// opened or saved, and the companion files views keep beside them (script.csx, icon.png).
import type { ConnectorFileName, OpenedConnector, TextFile } from '../../shared/contracts/ipc';
import { monaco } from '../editor/monaco';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from '../workers/editable-files';
import type { ConnectorTexts } from './editing';
import type { FileStatus, SessionSnapshot } from './session-snapshot';
import type { Store } from './store';

/** icon.png's new bytes (a PNG), as base64. */
export interface IconBytes {
  base64: string;
}

/** A file a view keeps outside the JSON models (script.csx, icon.png): saved, counted as unsaved and disposed with them. */
export interface CompanionFile {
  readonly name: ConnectorFileName | 'icon.png';
  readonly dirty: boolean;
  /** What a save does with it: write this text (icon.png: these bytes), remove the file, or nothing (undefined). */
  pendingSave(): TextFile | IconBytes | 'remove' | undefined;
  /** The save did what pendingSave returned. */
  saved(done: TextFile | IconBytes | 'remove'): void;
  dispose(): void;
}

/** Where a companion file joins the session's documents, and says its `dirty` changed. */
export interface Companions {
  addCompanion(companion: CompanionFile): void;
  companionChanged(): void;
}

export interface SessionDocument {
  readonly key: EditableFile;
  readonly model: monaco.editor.ITextModel;
  /** How the file was read, so it is written back the same way. */
  encoding: TextFile['encoding'];
  bom: boolean;
  /** Monaco's alternative version id at the last open or save: equal again after undoing back to it. */
  savedAltVersion: number;
}

let sessionCount = 0;

export class SessionDocuments implements Companions, ConnectorTexts {
  private readonly files = new Map<EditableFile, SessionDocument>();
  private readonly companions = new Set<CompanionFile>();

  constructor(
    opened: OpenedConnector,
    private readonly state: Store<SessionSnapshot>,
  ) {
    const id = ++sessionCount;
    for (const key of EDITABLE_FILES) {
      const file = opened.files[FILE_NAMES[key]];
      if (!file) continue;
      const uri = monaco.Uri.parse(`inmemory://connector-${id}/${FILE_NAMES[key]}`);
      const model = monaco.editor.createModel(file.text, 'json', uri);
      this.files.set(key, { key, model, encoding: file.encoding, bom: file.bom, savedAltVersion: model.getAlternativeVersionId() });
    }
  }

  /** Each file's status as opened: for the session's first snapshot. */
  initialStatuses(opened: OpenedConnector): SessionSnapshot['files'] {
    const files: SessionSnapshot['files'] = {};
    for (const key of this.files.keys()) {
      const text = opened.files[FILE_NAMES[key]]!.text;
      files[key] = { name: FILE_NAMES[key], dirty: false, hasErrors: false, diagnostics: [], mixedLineEndings: hasMixedLineEndings(text) };
    }
    return files;
  }

  hasFile(key: EditableFile): boolean {
    return this.files.has(key);
  }

  model(key: EditableFile): monaco.editor.ITextModel | undefined {
    return this.files.get(key)?.model;
  }

  text(key: EditableFile): string | undefined {
    const model = this.files.get(key)?.model;
    return model && !model.isDisposed() ? model.getValue() : undefined;
  }

  version(key: EditableFile): number | undefined {
    const model = this.files.get(key)?.model;
    return model && !model.isDisposed() ? model.getVersionId() : undefined;
  }

  onTextChange(key: EditableFile, listener: () => void): () => void {
    const subscription = this.files.get(key)?.model.onDidChangeContent(() => listener());
    return () => subscription?.dispose();
  }

  all(): SessionDocument[] {
    return [...this.files.values()];
  }

  /** The file's text changed: it is unsaved unless it is back at its saved version. */
  changed(key: EditableFile): void {
    const f = this.files.get(key);
    if (!f) return;
    const dirty = f.model.getAlternativeVersionId() !== f.savedAltVersion;
    if (dirty !== this.state.getSnapshot().files[key]?.dirty) this.setStatus(key, { dirty });
  }

  /** The files a save writes: changed since they were opened or last saved. */
  unsaved(): SessionDocument[] {
    return this.all().filter((f) => f.model.getAlternativeVersionId() !== f.savedAltVersion);
  }

  /** A save wrote this file as it was at `altVersion`. */
  savedAt(f: SessionDocument, altVersion: number): void {
    f.savedAltVersion = altVersion;
    this.setStatus(f.key, { dirty: f.model.getAlternativeVersionId() !== altVersion });
  }

  /**
   * Replaces a file's text with the copy another program wrote on disk, as one undoable edit (Undo
   * brings the previous text back), and counts it as saved.
   */
  reloadFromDisk(key: EditableFile, file: TextFile): void {
    const f = this.files.get(key);
    if (!f) return;
    const model = f.model;
    model.pushStackElement();
    model.pushEOL(file.text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
    model.pushEditOperations(null, [{ range: model.getFullModelRange(), text: file.text }], () => null);
    model.pushStackElement();
    f.encoding = file.encoding;
    f.bom = file.bom;
    f.savedAltVersion = model.getAlternativeVersionId();
    this.setStatus(key, { dirty: false, mixedLineEndings: hasMixedLineEndings(file.text) });
  }

  /** Counts a file as unsaved whatever its text, so the next save writes it (over a copy changed on disk). */
  markUnsaved(key: EditableFile): void {
    const f = this.files.get(key);
    if (!f) return;
    f.savedAltVersion = -1;
    this.setStatus(key, { dirty: true });
  }

  /** Adds a companion file; call `companionChanged` when its `dirty` changes. */
  addCompanion(companion: CompanionFile): void {
    this.companions.add(companion);
    this.companionChanged();
  }

  companionChanged(): void {
    const dirty = this.anyDirty(this.state.getSnapshot().files);
    if (dirty !== this.state.getSnapshot().dirty) this.state.update({ dirty });
  }

  /** The companions' saves: what each would write or remove now. */
  companionSaves(): { companion: CompanionFile; pending: TextFile | IconBytes | 'remove' }[] {
    return [...this.companions].flatMap((companion) => {
      const pending = companion.pendingSave();
      return pending ? [{ companion, pending }] : [];
    });
  }

  dispose(): void {
    for (const f of this.files.values()) f.model.dispose();
    for (const c of this.companions) c.dispose();
  }

  private setStatus(key: EditableFile, patch: Partial<FileStatus>): void {
    const current = this.state.getSnapshot().files[key];
    if (!current) return;
    const files = { ...this.state.getSnapshot().files, [key]: { ...current, ...patch } };
    this.state.update({ files, dirty: this.anyDirty(files) });
  }

  private anyDirty(files: SessionSnapshot['files']): boolean {
    return Object.values(files).some((f) => f?.dirty) || [...this.companions].some((c) => c.dirty);
  }
}

export function hasMixedLineEndings(text: string): boolean {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > 0 && lf > 0;
}
