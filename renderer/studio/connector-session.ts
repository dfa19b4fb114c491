// One opened connector: the session scope, built when a connector opens and disposed when it closes.
// It puts together small parts, each with one job (renderer/session/): the documents (Monaco models,
// dirty state, encodings), the editor's view of them, the edit queue (form -> text), linked undo
// across files, the link to the parse worker (text -> form) and saving; and the tabs' stores
// (session-features.ts). The views read `getSnapshot()` (useSyncExternalStore); tabs see the session
// only through the narrow interfaces of renderer/session/editing.ts.
import type { OpenedConnector, StudioApi, TextFile } from '../../shared/contracts/ipc';
import type { EditOp } from '../../shared/editing/edit-op';
import type { monaco } from '../editor/monaco';
import { EditQueue } from '../session/edit-queue';
import type { TabSession } from '../session/editing';
import { EditorView } from '../session/editor-view';
import { LinkedUndo } from '../session/linked-undo';
import { SessionDocuments } from '../session/session-documents';
import { SessionSave } from '../session/session-save';
import type { SessionSnapshot } from '../session/session-snapshot';
import { Store } from '../session/store';
import { WorkerLink } from '../session/worker-link';
import type { EditableFile } from '../workers/editable-files';
import type { EarlyParse } from '../workers/parse-protocol';
import { SessionFeatures } from './session-features';

type Editor = monaco.editor.IStandaloneCodeEditor;

export class ConnectorSession implements TabSession {
  private readonly state: Store<SessionSnapshot>;
  private readonly documents: SessionDocuments;
  private readonly view: EditorView;
  private readonly undoLinks: LinkedUndo<EditableFile>;
  private readonly queue: EditQueue<EditableFile>;
  private readonly link: WorkerLink;
  private readonly saving: SessionSave;
  private readonly disposables: { dispose(): void }[] = [];
  /** What must stop with the connector (webhook receivers in the host). */
  private readonly onClose: (() => void)[] = [];
  /** The tabs' stores, made on first use. */
  readonly features: SessionFeatures;

  constructor(opened: OpenedConnector, api: StudioApi, early?: EarlyParse) {
    this.state = new Store<SessionSnapshot>({
      dir: opened.dir,
      title: undefined,
      form: undefined,
      formVersion: 0,
      files: {},
      notices: opened.diagnostics,
      activeFile: 'properties',
      dirty: false,
      saving: false,
    });
    const documents = (this.documents = new SessionDocuments(opened, this.state));
    const activeFile = documents.hasFile('definition') ? 'definition' : 'properties';
    this.state.update({ files: documents.initialStatuses(opened), activeFile });
    this.view = new EditorView(documents, this.state);
    this.undoLinks = new LinkedUndo((key) => documents.model(key));
    this.queue = new EditQueue(
      {
        model: (key) => documents.model(key),
        resolve: (request) => this.link.post({ type: 'edit', ...request }),
        showing: (key) => {
          this.view.setActiveFile(key);
          const model = documents.model(key);
          return model ? this.view.selectionsIn(model) : null;
        },
        failed: (editError) => {
          if (editError !== this.state.getSnapshot().editError) this.state.update({ editError });
        },
      },
      this.undoLinks,
    );
    for (const { key, model } of documents.all()) {
      this.disposables.push(
        model.onDidChangeContent((e) => {
          this.link.textChanged(key, e);
          if (e.isUndoing || e.isRedoing) this.undoLinks.followUndo(key, e.isUndoing);
          documents.changed(key);
        }),
      );
    }
    this.link = new WorkerLink(opened, documents, this.state, this.queue, early);
    this.saving = new SessionSave(documents, this.queue, this.link, this.state, api);
    this.features = new SessionFeatures(opened, documents, api, (stop) => this.onClose.push(stop));
  }

  readonly subscribe = (listener: () => void): (() => void) => this.state.subscribe(listener);

  readonly getSnapshot = (): SessionSnapshot => this.state.getSnapshot();

  hasFile(key: EditableFile): boolean {
    return this.documents.hasFile(key);
  }

  model(key: EditableFile): monaco.editor.ITextModel | undefined {
    return this.documents.model(key);
  }

  text(key: EditableFile): string | undefined {
    return this.documents.text(key);
  }

  version(key: EditableFile): number | undefined {
    return this.documents.version(key);
  }

  onTextChange(key: EditableFile, listener: () => void): () => void {
    return this.documents.onTextChange(key, listener);
  }

  /** Replaces a file's text with the copy on disk, as one undoable edit, and counts it as saved. */
  reloadFromDisk(key: EditableFile, file: TextFile): void {
    if (!this.documents.hasFile(key)) return;
    this.endEditGroup();
    this.documents.reloadFromDisk(key, file);
  }

  /** Counts a file as unsaved whatever its text, so the next save writes it (over a copy changed on disk). */
  markUnsaved(key: EditableFile): void {
    this.documents.markUnsaved(key);
  }

  /** Writes the changed files in their own encodings; asks first (saveQuestion) when one does not parse. */
  save(): Promise<void> {
    return this.saving.save();
  }

  /** The answer to the save's question: Save anyway writes the files as they are, Cancel writes nothing. */
  answerSaveQuestion(saveAnyway: boolean): Promise<void> {
    return saveAnyway ? this.saving.save({ anyway: true }) : Promise.resolve(this.saving.cancel());
  }

  /** What is wrong with each file that does not parse, once the worker has read the current texts. */
  parseProblems(): Promise<string[]> {
    return this.saving.parseProblems();
  }

  attachEditor(editor: Editor): void {
    this.view.attachEditor(editor);
  }

  detachEditor(editor: Editor): void {
    this.view.detachEditor(editor);
  }

  /** Shows a file in the editor, keeping each file's cursor and scroll position. */
  setActiveFile(key: EditableFile): void {
    this.view.setActiveFile(key);
  }

  /** Offset of a 1-based line and column. */
  offsetOf(key: EditableFile, line: number, column: number): number {
    return this.view.offsetOf(key, line, column);
  }

  /** Selects a range of a file in the editor and scrolls it into view. */
  reveal(key: EditableFile, offset: number, length: number): void {
    this.view.reveal(key, offset, length);
  }

  /** Selects several ranges of a file at once, the first revealed. */
  revealAll(key: EditableFile, ranges: readonly { offset: number; length: number }[]): void {
    this.view.revealAll(key, ranges);
  }

  /** Called by the view once it has rendered a form state (closes the keystroke -> form timing). */
  formRendered(formVersion: number): void {
    this.link.formRendered(formVersion);
  }

  /** Lists every reference and its uses in the form state until the returned function is called. */
  wantReferences(): () => void {
    return this.link.wantReferences();
  }

  /** A form edit; edits of one `field` are one undo step until endEditGroup, and only its latest is computed. */
  edit(key: EditableFile, field: string, op: EditOp): void {
    this.queue.edit(key, field, op);
  }

  /** Closes the current undo step (a field lost focus, or a one-shot control changed). */
  endEditGroup(): void {
    this.queue.endGroup();
  }

  /**
   * Undo or redo in the given file, by default the one the editor shows (the same stack Ctrl+Z uses in
   * the editor). Form edits still on their way land first, so what was typed is undone as one step.
   */
  undo(key?: EditableFile): void {
    this.endEditGroup();
    this.queue.afterEdits(() => void this.documents.model(key ?? this.getSnapshot().activeFile)?.undo());
  }

  redo(key?: EditableFile): void {
    this.endEditGroup();
    this.queue.afterEdits(() => void this.documents.model(key ?? this.getSnapshot().activeFile)?.redo());
  }

  /** Closes the connector (replaced by another, or the window goes). */
  dispose(): void {
    for (const stop of this.onClose.splice(0)) stop();
    this.link.dispose();
    for (const d of this.disposables) d.dispose();
    this.features.dispose();
    this.documents.dispose();
    this.state.unsubscribeAll();
  }
}
