// The connector's custom code (script.csx) while it is open: a C# Monaco model of its own, whether
// code is enabled, and its part in saving. One per session (made by the session's features on first
// use), disposed with the session's documents.
//
// Enabled or disabled is whether the folder holds script.csx: that is what paconn, pac and the
// studio's export upload, and the maker portal deletes the code when it is disabled. So disabling
// keeps the text here (read-only, until the connector is closed: enabling again brings it back) and
// the next save removes script.csx from the folder; enabling writes it again.
import type { TextFile } from '../../../shared/contracts/ipc';
import { monaco } from '../../editor/monaco';
import type { CompanionFile, Companions } from '../../session/session-documents';
import { Store } from '../../session/store';
import { encodedSize, SCRIPT_MAX_BYTES } from './script-limits';

export interface ScriptState {
  enabled: boolean;
  /** script.csx is in the folder (as last opened or saved). */
  onDisk: boolean;
  dirty: boolean;
  /** Size of the file as it would be written. */
  bytes: number;
  tooLarge: boolean;
}

let scriptCount = 0;

export class ScriptFile extends Store<ScriptState> implements CompanionFile {
  readonly name = 'script.csx' as const;
  readonly model: monaco.editor.ITextModel;
  private readonly encoding: TextFile['encoding'];
  private readonly bom: boolean;
  private savedAlt: number;
  /** The text version handed to the save in progress. */
  private savingAlt: number | undefined;
  private onDisk: boolean;
  private enabled: boolean;
  private readonly subscription: monaco.IDisposable;

  /** `opened`: script.csx as the folder held it, if it did. */
  constructor(
    opened: TextFile | undefined,
    private readonly companions: Companions,
  ) {
    const model = monaco.editor.createModel(
      opened?.text ?? '',
      'csharp',
      monaco.Uri.parse(`inmemory://script-${++scriptCount}/script.csx`),
    );
    const encoding = opened?.encoding ?? 'utf-8';
    const bom = opened?.bom ?? false;
    // As opened: enabled when the folder holds script.csx, and nothing unsaved.
    super(scriptState(model, opened !== undefined, opened !== undefined, false, encoding, bom));
    this.model = model;
    this.encoding = encoding;
    this.bom = bom;
    this.savedAlt = model.getAlternativeVersionId();
    this.onDisk = opened !== undefined;
    this.enabled = this.onDisk;
    this.subscription = model.onDidChangeContent(() => this.refresh());
    companions.addCompanion(this);
  }

  get dirty(): boolean {
    if (this.enabled !== this.onDisk) return true;
    return this.enabled && this.model.getAlternativeVersionId() !== this.savedAlt;
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.refresh();
  }

  /** Replaces the whole text as one undoable edit (a new script from the template). */
  replaceText(text: string): void {
    this.model.pushStackElement();
    this.model.pushEditOperations(null, [{ range: this.model.getFullModelRange(), text }], () => null);
    this.model.pushStackElement();
  }

  pendingSave(): TextFile | 'remove' | undefined {
    if (!this.dirty) return undefined;
    if (!this.enabled) return this.onDisk ? 'remove' : undefined;
    this.savingAlt = this.model.getAlternativeVersionId();
    return { text: this.model.getValue(), encoding: this.encoding, bom: this.bom };
  }

  saved(done: TextFile | 'remove'): void {
    if (done === 'remove') {
      this.onDisk = false;
    } else {
      this.onDisk = true;
      this.savedAlt = this.savingAlt ?? this.savedAlt;
    }
    this.savingAlt = undefined;
    this.refresh();
  }

  dispose(): void {
    this.subscription.dispose();
    this.model.dispose();
    this.unsubscribeAll();
  }

  private refresh(): void {
    const next = scriptState(this.model, this.enabled, this.onDisk, this.dirty, this.encoding, this.bom);
    const prev = this.getSnapshot();
    this.set(next);
    if (prev.dirty !== next.dirty) this.companions.companionChanged();
  }
}

function scriptState(
  model: monaco.editor.ITextModel,
  enabled: boolean,
  onDisk: boolean,
  dirty: boolean,
  encoding: TextFile['encoding'],
  bom: boolean,
): ScriptState {
  const bytes = encodedSize(model.getValue(), encoding, bom);
  return { enabled, onDisk, dirty, bytes, tooLarge: bytes > SCRIPT_MAX_BYTES };
}
