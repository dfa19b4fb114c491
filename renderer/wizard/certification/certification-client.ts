// The connector's certification findings while it is open: a worker checks the text after every
// change (renderer/workers/certify-worker.ts), and the findings become Monaco markers and the
// Certification tab's list. One per session (the session's features make it, once the page is idle
// after opening, and end it with the session). Answers about texts that have moved on are dropped:
// the next answer is on its way.
import type { CertifyProfile, ProfileChoice } from '../../../shared/engines/certify';
import type { TextEdit } from '../../../shared/core/text';
import { certifyMarkersOf } from '../../editor/diagnostic-markers';
import { monaco } from '../../editor/monaco';
import { Store } from '../../session/store';
import { EDITABLE_FILES, type EditableFile } from '../../workers/editable-files';
import type { FileVersions, Finding, FromCertify, RuleInfo, ToCertify } from '../../workers/certify-protocol';
import CertifyWorker from '../../workers/certify-worker?worker';
import { fixOperations } from './fix-operations';

export const CERTIFY_MARKER_OWNER = 'connector-studio-certify';

export interface CertificationState {
  /** What the user chose: a profile, or auto (the default, as `connector-studio validate`). */
  choice: ProfileChoice;
  /** The profile the findings are for (what auto resolved to), once checked. */
  profile: CertifyProfile | undefined;
  /** Why auto chose `profile`. */
  profileReason?: string;
  /** Undefined until the first answer. */
  findings: Finding[] | undefined;
  rules: Record<string, RuleInfo>;
  /** The versions the findings are for. */
  versions: FileVersions;
  /** A newer text than the findings' is being checked. */
  checking: boolean;
  checkMs: number;
  error?: string;
}

/** The texts checked: the session's Monaco models. */
export interface CheckedTexts {
  model(key: EditableFile): monaco.editor.ITextModel | undefined;
}

/** Whether the connector has custom code (the Code tab's script), and its text as edited there. */
export interface ScriptPresence {
  subscribe(listener: () => void): () => void;
  getSnapshot(): { enabled: boolean };
  readonly model: Pick<monaco.editor.ITextModel, 'getValue' | 'onDidChangeContent'>;
}

/** How long the script's text waits after a keystroke before it goes to the checker (a keystroke each is a copy each). */
const SCRIPT_SEND_DELAY_MS = 150;

export class CertificationClient extends Store<CertificationState> {
  private readonly worker: Worker;
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly fixes = new Map<number, { resolve(fix: { title: string; edits: TextEdit[] }): void; reject(err: Error): void }>();
  private fixSeq = 0;
  /** When the text first changed since markers last matched it (for the keystroke -> markers timing). */
  private changedAt: number | undefined;
  private disposed = false;

  constructor(
    private readonly texts: CheckedTexts,
    script: ScriptPresence,
    iconBase64: string | undefined,
    /** The connector's folder: in a PowerPlatformConnectors clone its path names the profile. */
    folder?: string,
    /** The folder's other files and the problems reading its bytes, as opened (see ToCertify 'open'). */
    opened: Pick<Extract<ToCertify, { type: 'open' }>, 'others' | 'readProblems'> = {},
  ) {
    super({ choice: 'auto', profile: undefined, findings: undefined, rules: {}, versions: {}, checking: true, checkMs: 0 });
    this.worker = new CertifyWorker();
    this.worker.onmessage = (e: MessageEvent<FromCertify>) => this.onMessage(e.data);
    const open: Extract<ToCertify, { type: 'open' }> = {
      type: 'open',
      files: {},
      script: script.getSnapshot().enabled,
      profile: this.state.choice,
    };
    if (folder) open.folder = folder;
    // The script as the Code tab has it now (it may have been edited before the checker started).
    if (opened.others || script.getSnapshot().enabled) open.others = { ...opened.others, script: script.model.getValue() };
    if (opened.readProblems?.length) open.readProblems = opened.readProblems;
    const icon = iconBase64 ? Uint8Array.from(atob(iconBase64), (c) => c.charCodeAt(0)) : undefined;
    if (icon) open.icon = icon;
    for (const key of EDITABLE_FILES) {
      const model = texts.model(key);
      if (!model) continue;
      open.files[key] = { text: model.getValue(), version: model.getVersionId() };
      this.disposables.push(model.onDidChangeContent((e) => this.onTextChanged(key, model, e)));
    }
    this.worker.postMessage(open);
    let present = script.getSnapshot().enabled;
    const unsubscribe = script.subscribe(() => {
      const now = script.getSnapshot().enabled;
      if (now === present) return;
      present = now;
      this.post({ type: 'script', present: now });
      this.update({ checking: true });
    });
    this.disposables.push({ dispose: unsubscribe });
    // Rules read the script's text (ScriptTooLarge): the live text from the Code tab, not the file as opened.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sendScript = () => {
      timer = undefined;
      if (this.disposed) return;
      this.post({ type: 'script-text', text: script.model.getValue() });
      this.update({ checking: true });
    };
    this.disposables.push(
      script.model.onDidChangeContent(() => {
        if (timer === undefined) timer = setTimeout(sendScript, SCRIPT_SEND_DELAY_MS);
      }),
      { dispose: () => timer !== undefined && clearTimeout(timer) },
    );
  }

  private get state(): CertificationState {
    return this.getSnapshot();
  }

  setProfile(choice: ProfileChoice): void {
    if (choice === this.state.choice) return;
    this.update({ choice, checking: true });
    this.post({ type: 'profile', profile: choice });
  }

  /** True when the findings were computed from the texts the editor holds now. */
  isCurrent(versions: FileVersions = this.state.versions): boolean {
    return EDITABLE_FILES.every((k) => versions[k] === this.texts.model(k)?.getVersionId());
  }

  /**
   * Applies a finding's fix, or the fixes of several findings of one file, as one undoable edit
   * (fixes that would overlap one taken are left out). Resolves to the fix's title and where the
   * changed text now is, in text order; rejects with a sentence when the text changed since the
   * findings were reported or no fix applies.
   */
  async applyFix(findings: Finding | readonly Finding[]): Promise<{ title: string; changed: { offset: number; length: number }[] }> {
    const list = Array.isArray(findings) ? findings : [findings as Finding];
    const file = list[0]?.file;
    if (!file || list.some((f) => f.file !== file)) throw new Error('Fixes are applied to one file at a time.');
    const versions = this.state.versions;
    if (!this.isCurrent(versions))
      throw new Error('The text changed since this finding was reported: wait for the check to catch up and try again.');
    const id = ++this.fixSeq;
    const fix = await new Promise<{ title: string; edits: TextEdit[] }>((resolve, reject) => {
      this.fixes.set(id, { resolve, reject });
      if (list.length === 1) this.post({ type: 'fix', id, versions, index: list[0]!.index });
      else this.post({ type: 'fix-all', id, versions, indexes: list.map((f) => f.index) });
    });
    const model = this.texts.model(file);
    if (!model || !this.isCurrent(versions)) throw new Error('The text changed while the fix was prepared: try again.');
    const edits = fixOperations(fix.edits, model.getValueLength());
    const operations = edits.map((e) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(e.offset), model.getPositionAt(e.offset + e.length)),
      text: e.content,
    }));
    // One undo step of its own: Ctrl+Z takes the whole fix back.
    model.pushStackElement();
    model.pushEditOperations(null, operations, () => null);
    model.pushStackElement();
    // Where each edit's text now is: the edits are sorted and apart, each shifted by those before it.
    let shift = 0;
    const changed = edits.map((e) => {
      const at = { offset: e.offset + shift, length: e.content.length };
      shift += e.content.length - e.length;
      return at;
    });
    return { title: fix.title, changed };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    for (const d of this.disposables) d.dispose();
    for (const f of this.fixes.values()) f.reject(new Error('The connector was closed.'));
    this.fixes.clear();
    this.unsubscribeAll();
  }

  private post(message: ToCertify): void {
    if (!this.disposed) this.worker.postMessage(message);
  }

  private onTextChanged(key: EditableFile, model: monaco.editor.ITextModel, e: monaco.editor.IModelContentChangedEvent): void {
    if (e.isFlush || e.isEolChange) {
      this.post({ type: 'change', file: key, version: e.versionId, changes: [], text: model.getValue() });
    } else {
      const changes = e.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
      this.post({ type: 'change', file: key, version: e.versionId, changes });
    }
    this.changedAt ??= performance.now();
    if (!this.state.checking) this.update({ checking: true });
  }

  private onMessage(message: FromCertify): void {
    switch (message.type) {
      case 'result': {
        if (message.choice !== this.state.choice || !this.isCurrent(message.versions)) return;
        for (const key of EDITABLE_FILES) {
          const model = this.texts.model(key);
          if (!model) continue;
          monaco.editor.setModelMarkers(
            model,
            CERTIFY_MARKER_OWNER,
            certifyMarkersOf(
              model,
              message.findings.filter((f) => f.file === key && !f.read && !f.elsewhere),
            ),
          );
        }
        if (this.changedAt !== undefined) {
          performance.measure('studio:text-to-markers', { start: this.changedAt, end: performance.now() });
          this.changedAt = undefined;
        }
        performance.measure('studio:worker-certify', { start: performance.now() - message.checkMs, duration: message.checkMs });
        const { error: _dropped, profileReason: _reason, ...rest } = this.state;
        this.set({
          ...rest,
          profile: message.profile,
          ...(message.profileReason ? { profileReason: message.profileReason } : {}),
          findings: message.findings,
          rules: message.rules,
          versions: message.versions,
          checking: false,
          checkMs: message.checkMs,
        });
        return;
      }
      case 'failed':
        if (this.isCurrent(message.versions)) this.update({ checking: false, error: message.message });
        return;
      case 'fix': {
        const pending = this.fixes.get(message.id);
        this.fixes.delete(message.id);
        pending?.resolve({ title: message.title, edits: message.edits });
        return;
      }
      case 'fix-failed': {
        const pending = this.fixes.get(message.id);
        this.fixes.delete(message.id);
        pending?.reject(new Error(message.message));
        return;
      }
    }
  }
}
