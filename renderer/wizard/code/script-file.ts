// The connector's custom code (script.csx) while it is open: a C# Monaco model of its own, whether
// code is enabled, and its part in saving. One per session, kept as long as the session's models.
//
// Enabled or disabled is whether the folder holds script.csx: that is what paconn, pac and the
// studio's export upload, and the maker portal deletes the code when it is disabled. So disabling
// keeps the text here (read-only, until the connector is closed: enabling again brings it back) and
// the next save removes script.csx from the folder; enabling writes it again.
import type { TextFile } from '../../../shared/contracts/ipc';
import { monaco } from '../../editor/monaco';
import type { CompanionFile } from '../../session/session-documents';
import type { ConnectorSession } from '../../studio/connector-session';
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

export class ScriptFile implements CompanionFile {
  readonly name = 'script.csx' as const;
  readonly model: monaco.editor.ITextModel;
  private readonly encoding: TextFile['encoding'];
  private readonly bom: boolean;
  private savedAlt: number;
  /** The text version handed to the save in progress. */
  private savingAlt: number | undefined;
  private onDisk: boolean;
  private enabled: boolean;
  private state: ScriptState;
  private readonly listeners = new Set<() => void>();
  private readonly subscription: monaco.IDisposable;

  constructor(private readonly session: ConnectorSession) {
    const opened = session.openedScript;
    this.encoding = opened?.encoding ?? 'utf-8';
    this.bom = opened?.bom ?? false;
    this.model = monaco.editor.createModel(opened?.text ?? '', 'csharp', monaco.Uri.parse(`inmemory://script-${++scriptCount}/script.csx`));
    this.savedAlt = this.model.getAlternativeVersionId();
    this.onDisk = opened !== undefined;
    this.enabled = this.onDisk;
    this.state = this.compute();
    this.subscription = this.model.onDidChangeContent(() => this.refresh());
    session.addCompanion(this);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ScriptState => this.state;

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
    this.listeners.clear();
    scripts.delete(this.session);
  }

  private compute(): ScriptState {
    const bytes = encodedSize(this.model.getValue(), this.encoding, this.bom);
    return { enabled: this.enabled, onDisk: this.onDisk, dirty: this.dirty, bytes, tooLarge: bytes > SCRIPT_MAX_BYTES };
  }

  private refresh(): void {
    const next = this.compute();
    const prev = this.state;
    this.state = next;
    if (prev.dirty !== next.dirty) this.session.companionChanged();
    for (const l of this.listeners) l();
  }
}

const scripts = new WeakMap<ConnectorSession, ScriptFile>();

/** The session's script, created on first use. */
export function scriptOf(session: ConnectorSession): ScriptFile {
  let script = scripts.get(session);
  if (!script) {
    script = new ScriptFile(session);
    scripts.set(session, script);
  }
  return script;
}
