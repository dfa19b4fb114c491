// One opened connector: its texts in Monaco models (one per file, the source of truth), a parse
// worker that turns them into the form state, and the form's way back: an edit is resolved to
// minimal text edits by the worker and pushed onto the Monaco model, so Monaco's undo stack covers
// form and text edits alike. The React views read `getSnapshot()` (useSyncExternalStore).
import type { ConnectorFileName, OpenedConnector, StudioApi, TextFile } from '../../shared/contracts/ipc';
import { isJsonScalar, MEMBER_LEAD_CHARS, scalarReplacement, type TextEdit } from '../../shared/core/text';
import { markersOf } from '../editor/diagnostic-markers';
import { monaco } from '../editor/monaco';
import type { EditOp, FromWorker, ToWorker } from '../workers/parse-protocol';
import ParseWorker from '../workers/parse-worker?worker';
import { FIRST_MODEL_VERSION, type EarlyParse } from './early-parse';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from './editable-files';
import type { FileStatus, LocatedDiagnostic, SessionSnapshot } from './session-snapshot';

type Editor = monaco.editor.IStandaloneCodeEditor;

interface SessionFile {
  key: EditableFile;
  model: monaco.editor.ITextModel;
  /** How the file was read, so it is written back the same way. */
  encoding: TextFile['encoding'];
  bom: boolean;
  /** Monaco's alternative version id at the last open or save: equal again after undoing back to it. */
  savedAltVersion: number;
  /** Set while a form edit for this file is being computed by the worker. */
  inFlight?: { id: number; key: string; op: EditOp; version: number; at: number };
  /** Form edits waiting their turn, by field: a newer value for the same field replaces the older. */
  pending: Map<string, { op: EditOp; at: number }>;
  /** Where a field's scalar value sits in the text (a Monaco decoration follows it through every edit). */
  tracked: Map<string, { pointer: string; decoration: string }>;
  viewState: monaco.editor.ICodeEditorViewState | null;
  status: FileStatus;
}

const MARKER_OWNER = 'connector-studio';

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
let sessionCount = 0;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A file's text versions (Monaco's alternative version ids) before and after its part of a form action. */
interface StepVersions {
  before: number;
  after: number;
}

/** How many multi-file form actions are remembered for linked Undo and Redo. */
const MAX_LINKS = 100;

export class ConnectorSession {
  private readonly files = new Map<EditableFile, SessionFile>();
  private readonly worker: Worker;
  private readonly listeners = new Set<() => void>();
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly companions = new Set<CompanionFile>();
  /** What views started that must stop with the connector (webhook receivers in the host). */
  private readonly onClose: (() => void)[] = [];
  /** How many views want the references listed (see wantReferences). */
  private referenceViews = 0;
  /** What the folder held besides the JSON files, for the views that show it. */
  readonly openedScript: TextFile | undefined;
  readonly iconBase64: string | undefined;
  private snapshot: SessionSnapshot;
  private editor: Editor | undefined;
  private editSeq = 0;
  /**
   * The form action being turned into text (until endEditGroup): for each file it changed, the
   * text version before it and after its latest edit. Each file's part is one undo step.
   */
  private action: Map<EditableFile, StepVersions> | undefined;
  /** Form actions that changed more than one file: undoing or redoing one part does the others too. */
  private links: Map<EditableFile, StepVersions>[] = [];
  private followingLink = false;
  /** When the text changed first since the form last caught up (for the keystroke -> form timing). */
  private textChangedAt: number | undefined;
  private formDueSince: { formVersion: number; since: number } | undefined;
  private closeGroupWhenIdle = false;

  constructor(
    opened: OpenedConnector,
    private readonly api: StudioApi,
    early?: EarlyParse,
  ) {
    const id = ++sessionCount;
    this.openedScript = opened.files['script.csx'];
    this.iconBase64 = opened.iconBase64;
    for (const key of EDITABLE_FILES) {
      const file = opened.files[FILE_NAMES[key]];
      if (!file) continue;
      const uri = monaco.Uri.parse(`inmemory://connector-${id}/${FILE_NAMES[key]}`);
      const model = monaco.editor.createModel(file.text, 'json', uri);
      const entry: SessionFile = {
        key,
        model,
        encoding: file.encoding,
        bom: file.bom,
        savedAltVersion: model.getAlternativeVersionId(),
        pending: new Map(),
        tracked: new Map(),
        viewState: null,
        status: { name: FILE_NAMES[key], dirty: false, hasErrors: false, diagnostics: [], mixedLineEndings: hasMixedLineEndings(file.text) },
      };
      this.files.set(key, entry);
      this.disposables.push(model.onDidChangeContent((e) => this.onTextChanged(entry, e)));
    }
    const files: SessionSnapshot['files'] = {};
    for (const [key, f] of this.files) files[key] = f.status;
    this.snapshot = {
      dir: opened.dir,
      title: undefined,
      form: undefined,
      formVersion: 0,
      files,
      notices: opened.diagnostics,
      activeFile: this.files.has('definition') ? 'definition' : 'properties',
      dirty: false,
      saving: false,
    };
    if (early) {
      // The worker already has the texts as read; a model that differs (Monaco made mixed line
      // endings uniform) is sent again whole.
      this.worker = early.worker;
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.onWorkerMessage(e.data);
      for (const [key, f] of this.files) {
        if (f.model.getVersionId() !== FIRST_MODEL_VERSION || (f.status.mixedLineEndings && f.model.getValue() !== early.texts[key])) {
          this.post({ type: 'change', file: key, version: f.model.getVersionId(), changes: [], text: f.model.getValue() });
        }
      }
      for (const message of early.buffered.splice(0)) this.onWorkerMessage(message);
    } else {
      this.worker = new ParseWorker();
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.onWorkerMessage(e.data);
      const open: ToWorker = { type: 'open', files: {}, hasScript: opened.files['script.csx'] !== undefined };
      for (const [key, f] of this.files) open.files[key] = { text: f.model.getValue(), version: f.model.getVersionId() };
      this.post(open);
    }
  }

  // ---- store -------------------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  private updateFile(file: SessionFile, patch: Partial<FileStatus>): void {
    file.status = { ...file.status, ...patch };
    const files = { ...this.snapshot.files, [file.key]: file.status };
    this.update({ files, dirty: Object.values(files).some((f) => f?.dirty) || [...this.companions].some((c) => c.dirty) });
  }

  /** Adds a companion file; call `companionChanged` when its `dirty` changes. */
  addCompanion(companion: CompanionFile): void {
    this.companions.add(companion);
    this.companionChanged();
  }

  companionChanged(): void {
    const dirty = Object.values(this.snapshot.files).some((f) => f?.dirty) || [...this.companions].some((c) => c.dirty);
    if (dirty !== this.snapshot.dirty) this.update({ dirty });
  }

  /**
   * Replaces a file's text with the copy another program wrote on disk, as one undoable edit (Undo
   * brings the previous text back), and counts it as saved.
   */
  reloadFromDisk(key: EditableFile, file: TextFile): void {
    const f = this.files.get(key);
    if (!f) return;
    this.endEditGroup();
    const model = f.model;
    model.pushStackElement();
    model.pushEOL(file.text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
    model.pushEditOperations(null, [{ range: model.getFullModelRange(), text: file.text }], () => null);
    model.pushStackElement();
    f.encoding = file.encoding;
    f.bom = file.bom;
    f.savedAltVersion = model.getAlternativeVersionId();
    this.updateFile(f, { dirty: false, mixedLineEndings: hasMixedLineEndings(file.text) });
  }

  /** Counts a file as unsaved whatever its text, so the next save writes it (over a copy changed on disk). */
  markUnsaved(key: EditableFile): void {
    const f = this.files.get(key);
    if (!f) return;
    f.savedAltVersion = -1;
    this.updateFile(f, { dirty: true });
  }

  hasFile(key: EditableFile): boolean {
    return this.files.has(key);
  }

  // ---- editor ------------------------------------------------------------------------------------

  model(key: EditableFile): monaco.editor.ITextModel | undefined {
    return this.files.get(key)?.model;
  }

  attachEditor(editor: Editor): void {
    this.editor = editor;
    editor.setModel(this.files.get(this.snapshot.activeFile)?.model ?? null);
  }

  detachEditor(editor: Editor): void {
    if (this.editor !== editor) return;
    const active = this.files.get(this.snapshot.activeFile);
    if (active) active.viewState = editor.saveViewState();
    this.editor = undefined;
  }

  /** Shows a file in the editor, keeping each file's cursor and scroll position. */
  setActiveFile(key: EditableFile): void {
    const next = this.files.get(key);
    if (!next || key === this.snapshot.activeFile) return;
    const editor = this.editor;
    if (editor) {
      const current = this.files.get(this.snapshot.activeFile);
      if (current) current.viewState = editor.saveViewState();
      editor.setModel(next.model);
      if (next.viewState) editor.restoreViewState(next.viewState);
    }
    this.update({ activeFile: key });
  }

  /** Offset of a 1-based line and column. */
  offsetOf(key: EditableFile, line: number, column: number): number {
    return this.files.get(key)?.model.getOffsetAt({ lineNumber: line, column }) ?? 0;
  }

  /** Selects a range of a file in the editor and scrolls it into view. */
  reveal(key: EditableFile, offset: number, length: number): void {
    const file = this.files.get(key);
    if (!file) return;
    this.setActiveFile(key);
    const editor = this.editor;
    if (!editor) return;
    const start = file.model.getPositionAt(offset);
    const end = file.model.getPositionAt(offset + length);
    const range = monaco.Range.fromPositions(start, end);
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    editor.focus();
  }

  // ---- text -> form ------------------------------------------------------------------------------

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private onTextChanged(file: SessionFile, e: monaco.editor.IModelContentChangedEvent): void {
    if (e.isFlush || e.isEolChange) {
      this.post({ type: 'change', file: file.key, version: e.versionId, changes: [], text: file.model.getValue() });
    } else {
      const changes = e.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
      this.post({ type: 'change', file: file.key, version: e.versionId, changes });
    }
    this.textChangedAt ??= performance.now();
    if (e.isUndoing || e.isRedoing) this.followLinkedStep(file, e.isUndoing);
    const dirty = file.model.getAlternativeVersionId() !== file.savedAltVersion;
    if (dirty !== file.status.dirty) this.updateFile(file, { dirty });
  }

  private onWorkerMessage(message: FromWorker): void {
    switch (message.type) {
      case 'state':
        return this.onState(message);
      case 'edits':
        return this.onEdits(message.id, message.file, message.version, message.edits);
      case 'edit-failed': {
        const file = this.files.get(message.file);
        if (!file || file.inFlight?.id !== message.id) return;
        const inFlight = file.inFlight;
        file.inFlight = undefined;
        if (message.stale) this.requeue(file, inFlight.key, inFlight);
        else this.update({ editError: message.message });
        this.sendNext(file);
        return;
      }
    }
  }

  private onState(message: Extract<FromWorker, { type: 'state' }>): void {
    let current = true;
    for (const [key, file] of this.files) {
      const parse = message.files[key];
      if (!parse) continue;
      if (parse.version !== file.model.getVersionId()) {
        // A newer text is already on its way to the worker: its answer will follow.
        current = false;
        continue;
      }
      const diagnostics: LocatedDiagnostic[] = parse.diagnostics.map((d) => ({ ...d, file: key, ...lineColumn(file.model, d.offset) }));
      monaco.editor.setModelMarkers(file.model, MARKER_OWNER, markersOf(file.model, parse.diagnostics));
      file.status = { ...file.status, diagnostics, hasErrors: parse.hasErrors };
    }
    const files: SessionSnapshot['files'] = {};
    for (const [key, f] of this.files) files[key] = f.status;
    const formVersion = this.snapshot.formVersion + 1;
    if (current && this.textChangedAt !== undefined) {
      this.formDueSince = { formVersion, since: this.textChangedAt };
      this.textChangedAt = undefined;
    }
    performance.measure('studio:worker-parse', { start: performance.now() - message.parseMs, duration: message.parseMs });
    this.update({ form: message.form, formVersion, files, title: message.form.general.title || undefined });
  }

  /** Called by the view once it has rendered a form state (closes the keystroke -> form timing). */
  formRendered(formVersion: number): void {
    if (this.formDueSince && this.formDueSince.formVersion <= formVersion) {
      performance.measure('studio:text-to-form', { start: this.formDueSince.since, end: performance.now() });
      this.formDueSince = undefined;
    }
  }

  // ---- form -> text ------------------------------------------------------------------------------

  /**
   * Applies a form edit. `field` names the form field: consecutive edits of one field form one undo
   * step (until `endEditGroup`), and only the latest value of a field still waiting is computed.
   */
  edit(key: EditableFile, field: string, op: EditOp): void {
    const file = this.files.get(key);
    if (!file) return;
    if (this.snapshot.editError) this.update({ editError: undefined });
    file.pending.delete(field);
    file.pending.set(field, { op, at: performance.now() });
    this.sendNext(file);
  }

  /** Closes the current undo step (a field lost focus, or a one-shot control changed). */
  endEditGroup(): void {
    // Edits still on their way join the step when they land; it closes after them.
    if (this.editing) this.closeGroupWhenIdle = true;
    else this.closeGroup();
  }

  private closeGroup(): void {
    this.closeGroupWhenIdle = false;
    const action = this.action;
    if (!action) return;
    for (const key of action.keys()) this.files.get(key)?.model.pushStackElement();
    if (action.size > 1) this.links = [...this.links.slice(-(MAX_LINKS - 1)), action];
    this.action = undefined;
  }

  /**
   * After Undo or Redo in one file (in the editor, or from the form): when that undid or redid its
   * part of a form action that changed several files, the other files follow, so the action is
   * undone as one step wherever it is undone. Only while each other file is exactly where the action
   * left it (nothing typed there since).
   */
  private followLinkedStep(file: SessionFile, undoing: boolean): void {
    if (this.followingLink) return;
    const alt = file.model.getAlternativeVersionId();
    for (let i = this.links.length - 1; i >= 0; i--) {
      const link = this.links[i]!;
      const mine = link.get(file.key);
      if (!mine || alt !== (undoing ? mine.before : mine.after)) continue;
      const others = [...link].filter(([key]) => key !== file.key);
      const ready = others.every(([key, v]) => this.files.get(key)?.model.getAlternativeVersionId() === (undoing ? v.after : v.before));
      if (!ready) continue;
      this.followingLink = true;
      try {
        for (const [key, v] of others) {
          const model = this.files.get(key)!.model;
          const target = undoing ? v.before : v.after;
          for (let n = 0; n < 64 && model.getAlternativeVersionId() !== target; n++) {
            const was = model.getAlternativeVersionId();
            void (undoing ? model.undo() : model.redo());
            if (model.getAlternativeVersionId() === was) break;
          }
        }
      } finally {
        this.followingLink = false;
      }
      return;
    }
  }

  /** True while form edits are still being turned into text edits. */
  get editing(): boolean {
    for (const f of this.files.values()) if (f.inFlight || f.pending.size) return true;
    return false;
  }

  private requeue(file: SessionFile, field: string, edit: { op: EditOp; at: number }): void {
    // A newer value for the same field supersedes this one.
    if (!file.pending.has(field)) file.pending = new Map([[field, { op: edit.op, at: edit.at }], ...file.pending]);
  }

  private sendNext(file: SessionFile): void {
    if (file.inFlight) return;
    for (;;) {
      const next = file.pending.entries().next();
      if (next.done) {
        if (this.closeGroupWhenIdle && !this.editing) this.closeGroup();
        return;
      }
      const [field, { op, at }] = next.value;
      file.pending.delete(field);
      if (this.applyTracked(file, field, op, at)) continue;
      const id = ++this.editSeq;
      const version = file.model.getVersionId();
      file.inFlight = { id, key: field, op, version, at };
      this.post({ type: 'edit', id, file: file.key, version, op });
      return;
    }
  }

  /**
   * The fast way for the common case, a new scalar value of a field edited before: its value's range
   * is known (a decoration has followed it through every edit since), so the text edit is made here,
   * within the frame, instead of a round trip through the worker (which may be busy parsing). Used
   * only while the range still holds one JSON scalar right after the member name the pointer ends with.
   */
  private applyTracked(file: SessionFile, field: string, op: EditOp, at: number): boolean {
    if (op.kind !== 'set' || !isJsonScalar(op.value)) return false;
    const tracked = file.tracked.get(field);
    if (!tracked || tracked.pointer !== op.pointer) return false;
    const model = file.model;
    const range = model.getDecorationRange(tracked.decoration);
    if (!range || range.isEmpty()) return false;
    const current = model.getValueInRange(range);
    const offset = model.getOffsetAt(range.getStartPosition());
    const lead = model.getValueInRange(monaco.Range.fromPositions(model.getPositionAt(Math.max(0, offset - MEMBER_LEAD_CHARS)), range.getStartPosition()));
    const content = scalarReplacement(op.pointer, op.value, lead, current);
    if (content === undefined) return false;
    if (content !== current) this.applyEdits(file, [{ offset, length: current.length, content }]);
    this.track(file, field, op.pointer, offset, content.length);
    performance.measure('studio:form-to-text', { start: at, end: performance.now() });
    return true;
  }

  private track(file: SessionFile, field: string, pointer: string, offset: number, length: number): void {
    const model = file.model;
    const range = monaco.Range.fromPositions(model.getPositionAt(offset), model.getPositionAt(offset + length));
    const old = file.tracked.get(field)?.decoration;
    const [decoration] = model.deltaDecorations(old ? [old] : [], [
      { range, options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges } },
    ]);
    if (decoration) file.tracked.set(field, { pointer, decoration });
  }

  private onEdits(id: number, key: EditableFile, version: number, edits: TextEdit[]): void {
    const file = this.files.get(key);
    if (!file || file.inFlight?.id !== id) return;
    const inFlight = file.inFlight;
    file.inFlight = undefined;
    if (file.model.getVersionId() !== version) {
      // The text moved on (someone typed in the editor): compute the edit again on the new text.
      this.requeue(file, inFlight.key, inFlight);
    } else if (edits.length) {
      this.applyEdits(file, edits);
      // A scalar value replaced in place: follow its range, so this field's next values skip the worker.
      const op = inFlight.op;
      const only = edits.length === 1 ? edits[0]! : undefined;
      if (only && op.kind === 'set' && isJsonScalar(op.value) && only.content === JSON.stringify(op.value)) {
        this.track(file, inFlight.key, op.pointer, only.offset, only.content.length);
      }
      // Timing: from the form change (the latest value of this field) to the text showing it.
      performance.measure('studio:form-to-text', { start: inFlight.at, end: performance.now() });
    }
    this.sendNext(file);
  }

  private applyEdits(file: SessionFile, edits: TextEdit[]): void {
    // The editor shows the file being edited.
    this.setActiveFile(file.key);
    const model = file.model;
    // One undo step per file for the whole action: a file's edits join its step while nothing else
    // changed the text in between (typing in the editor starts a step of its own).
    const action = (this.action ??= new Map());
    const step = action.get(file.key);
    if (!step || step.after !== model.getAlternativeVersionId()) model.pushStackElement();
    const operations = edits.map((e) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(e.offset), model.getPositionAt(e.offset + e.length)),
      text: e.content,
    }));
    const selections = this.editor?.getModel() === model ? this.editor.getSelections() : null;
    // Cursor and scroll stay where they are: the editor maps its selections through the edit.
    const before = model.getAlternativeVersionId();
    model.pushEditOperations(selections, operations, () => null);
    action.set(file.key, { before: step?.before ?? before, after: model.getAlternativeVersionId() });
  }

  /** Undo or redo in the given file (the same stack Ctrl+Z uses in the editor). */
  undo(key: EditableFile = this.snapshot.activeFile): void {
    this.endEditGroup();
    void this.files.get(key)?.model.undo();
  }

  redo(key: EditableFile = this.snapshot.activeFile): void {
    void this.files.get(key)?.model.redo();
  }

  // ---- save --------------------------------------------------------------------------------------

  /** Writes the changed files, each in the encoding (and with the byte-order mark) it was read in. */
  async save(): Promise<void> {
    if (this.snapshot.saving) return;
    this.endEditGroup();
    // A value typed a moment ago may still be on its way into the text.
    for (let waited = 0; this.editing && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    if (this.snapshot.saving) return;
    const changed = [...this.files.values()].filter((f) => f.model.getAlternativeVersionId() !== f.savedAltVersion);
    const companionSaves = [...this.companions].flatMap((c) => {
      const pending = c.pendingSave();
      return pending ? [{ c, pending }] : [];
    });
    if (!changed.length && !companionSaves.length) {
      this.update({ saveMessage: { kind: 'done', text: 'No changes to save.' } });
      return;
    }
    const versions = new Map(changed.map((f) => [f, f.model.getAlternativeVersionId()]));
    const files: Partial<Record<ConnectorFileName, TextFile>> = {};
    for (const f of changed) files[FILE_NAMES[f.key]] = { text: f.model.getValue(), encoding: f.encoding, bom: f.bom };
    const remove: 'script.csx'[] = [];
    let icon: string | undefined;
    for (const { c, pending } of companionSaves) {
      if (pending === 'remove') {
        if (c.name === 'script.csx') remove.push(c.name);
      } else if ('base64' in pending) icon = pending.base64;
      else if (c.name !== 'icon.png') files[c.name] = pending;
    }
    this.update({ saving: true, saveMessage: undefined });
    try {
      const reply = await this.api.saveConnector({ dir: this.snapshot.dir, files, ...(remove.length ? { remove } : {}), ...(icon ? { icon } : {}) });
      const written: string[] = icon ? [...reply.written, 'icon.png'] : reply.written;
      for (const [f, v] of versions) {
        f.savedAltVersion = v;
        this.updateFile(f, { dirty: f.model.getAlternativeVersionId() !== v });
      }
      for (const { c, pending } of companionSaves) c.saved(pending);
      this.companionChanged();
      const done = [written.length ? `Saved ${written.join(' and ')}.` : '', remove.length ? `Removed ${remove.join(' and ')}.` : ''].filter(Boolean).join(' ');
      this.update({ saving: false, saveMessage: { kind: 'done', text: done } });
    } catch (err) {
      this.update({ saving: false, saveMessage: { kind: 'error', text: `Not saved: ${messageOf(err)}` } });
    }
  }

  /**
   * Asks the worker to list every reference and its uses with each form state, until the returned
   * function is called (the References view, while it is shown). Typing elsewhere skips the walk.
   */
  wantReferences(): () => void {
    if (this.referenceViews++ === 0) this.post({ type: 'want-references', on: true });
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.referenceViews === 0) this.post({ type: 'want-references', on: false });
    };
  }

  /** Runs `stop` when the connector is closed (replaced by another, or the window goes). */
  whenClosed(stop: () => void): void {
    this.onClose.push(stop);
  }

  dispose(): void {
    for (const stop of this.onClose.splice(0)) stop();
    this.worker.terminate();
    for (const d of this.disposables) d.dispose();
    for (const f of this.files.values()) f.model.dispose();
    for (const c of this.companions) c.dispose();
    this.listeners.clear();
  }
}

function lineColumn(model: monaco.editor.ITextModel, offset: number): { line: number; column: number } {
  const p = model.getPositionAt(offset);
  return { line: p.lineNumber, column: p.column };
}

function hasMixedLineEndings(text: string): boolean {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > 0 && lf > 0;
}

