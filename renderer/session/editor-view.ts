// The raw editor's view of the session's documents: which file it shows, each file's cursor and scroll
// position while another is shown, and revealing a range of a file. The models outlive the editor
// (its pane can be hidden); the editor only shows them.
import { monaco } from '../editor/monaco';
import type { EditableFile } from '../workers/editable-files';
import type { SessionDocuments } from './session-documents';
import type { SessionSnapshot } from './session-snapshot';
import type { Store } from './store';

type Editor = monaco.editor.IStandaloneCodeEditor;

export class EditorView {
  private editor: Editor | undefined;
  private readonly viewStates = new Map<EditableFile, monaco.editor.ICodeEditorViewState | null>();

  constructor(
    private readonly documents: SessionDocuments,
    private readonly state: Store<SessionSnapshot>,
  ) {}

  private get activeFile(): EditableFile {
    return this.state.getSnapshot().activeFile;
  }

  attachEditor(editor: Editor): void {
    this.editor = editor;
    editor.setModel(this.documents.model(this.activeFile) ?? null);
  }

  detachEditor(editor: Editor): void {
    if (this.editor !== editor) return;
    if (this.documents.hasFile(this.activeFile)) this.viewStates.set(this.activeFile, editor.saveViewState());
    this.editor = undefined;
  }

  /** Shows a file in the editor, keeping each file's cursor and scroll position. */
  setActiveFile(key: EditableFile): void {
    const next = this.documents.model(key);
    if (!next || key === this.activeFile) return;
    const editor = this.editor;
    if (editor) {
      if (this.documents.hasFile(this.activeFile)) this.viewStates.set(this.activeFile, editor.saveViewState());
      editor.setModel(next);
      const viewState = this.viewStates.get(key);
      if (viewState) editor.restoreViewState(viewState);
    }
    this.state.update({ activeFile: key });
  }

  /** The editor's selections when it shows this model (a form edit maps them through its text edit). */
  selectionsIn(model: monaco.editor.ITextModel): monaco.Selection[] | null {
    return this.editor?.getModel() === model ? this.editor.getSelections() : null;
  }

  /** Offset of a 1-based line and column. */
  offsetOf(key: EditableFile, line: number, column: number): number {
    return this.documents.model(key)?.getOffsetAt({ lineNumber: line, column }) ?? 0;
  }

  /** Selects a range of a file in the editor and scrolls it into view. */
  reveal(key: EditableFile, offset: number, length: number): void {
    const model = this.documents.model(key);
    if (!model) return;
    this.setActiveFile(key);
    const editor = this.editor;
    if (!editor) return;
    const range = monaco.Range.fromPositions(model.getPositionAt(offset), model.getPositionAt(offset + length));
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    editor.focus();
  }

  /** Selects several ranges of a file at once (one cursor each), the first revealed: every place a fix changed. */
  revealAll(key: EditableFile, ranges: readonly { offset: number; length: number }[]): void {
    const model = this.documents.model(key);
    const editor = this.editor;
    if (!model || !ranges.length) return;
    this.setActiveFile(key);
    if (!editor) return;
    const selections = ranges.map(({ offset, length }) => {
      const start = model.getPositionAt(offset);
      const end = model.getPositionAt(offset + length);
      return new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column);
    });
    editor.setSelections(selections);
    editor.revealRangeInCenter(selections[0]!);
    editor.focus();
  }
}
