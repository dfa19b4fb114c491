// The session's link to its parse worker (renderer/workers/parse-worker.ts). Text goes there as
// Monaco's change events (a keystroke sends a few bytes, not the file); the form state and each file's
// problems come back, and become the snapshot and the editor's markers. Form edits are resolved
// there too: their answers go to the edit queue.
import type { OpenedConnector } from '../../shared/contracts/ipc';
import type { TextEdit } from '../../shared/core/text';
import { markersOf } from '../editor/diagnostic-markers';
import { monaco } from '../editor/monaco';
import type { EditableFile } from '../workers/editable-files';
import { FIRST_MODEL_VERSION, type EarlyParse, type FromWorker, type ToWorker } from '../workers/parse-protocol';
import ParseWorker from '../workers/parse-worker?worker';
import type { SessionDocuments } from './session-documents';
import type { LocatedDiagnostic, SessionSnapshot } from './session-snapshot';
import type { Store } from './store';
import type { TextModelChangeEvent } from './text-model';

const MARKER_OWNER = 'connector-studio';

/** Where the worker's answers to form edits go (the edit queue). */
export interface EditAnswers {
  resolved(id: number, file: EditableFile, version: number, edits: readonly TextEdit[]): void;
  rejected(id: number, file: EditableFile, stale: boolean, message: string): void;
}

export class WorkerLink {
  private readonly worker: Worker;
  /** How many views want the references listed (see wantReferences). */
  private referenceViews = 0;
  /** When the text changed first since the form last caught up (for the keystroke -> form timing). */
  private textChangedAt: number | undefined;
  private formDueSince: { formVersion: number; since: number } | undefined;
  /** The model version of each file the worker last answered for. */
  private readonly parsedVersions = new Map<EditableFile, number>();
  /** Who waits for the worker to answer for the texts as they are (see caughtUp). */
  private caughtUpWaiters: (() => void)[] = [];

  constructor(
    opened: OpenedConnector,
    private readonly documents: SessionDocuments,
    private readonly state: Store<SessionSnapshot>,
    private readonly answers: EditAnswers,
    early?: EarlyParse,
  ) {
    if (early) {
      // The worker already has the texts as read; a model that differs (Monaco made mixed line
      // endings uniform) is sent again whole.
      this.worker = early.worker;
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.onMessage(e.data);
      for (const { key, model } of documents.all()) {
        const mixed = state.getSnapshot().files[key]?.mixedLineEndings;
        if (model.getVersionId() !== FIRST_MODEL_VERSION || (mixed && model.getValue() !== early.texts[key])) {
          this.post({ type: 'change', file: key, version: model.getVersionId(), changes: [], text: model.getValue() });
        }
      }
      for (const message of early.buffered.splice(0)) this.onMessage(message);
    } else {
      this.worker = new ParseWorker();
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.onMessage(e.data);
      const open: ToWorker = { type: 'open', files: {}, hasScript: opened.files['script.csx'] !== undefined };
      for (const { key, model } of documents.all()) open.files[key] = { text: model.getValue(), version: model.getVersionId() };
      this.post(open);
    }
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Mirrors a change of a file's text in the worker. */
  textChanged(key: EditableFile, e: TextModelChangeEvent): void {
    if (e.isFlush || e.isEolChange) {
      this.post({ type: 'change', file: key, version: e.versionId, changes: [], text: this.documents.model(key)?.getValue() ?? '' });
    } else {
      const changes = e.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
      this.post({ type: 'change', file: key, version: e.versionId, changes });
    }
    this.textChangedAt ??= performance.now();
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

  /** Called by the view once it has rendered a form state (closes the keystroke -> form timing). */
  formRendered(formVersion: number): void {
    if (this.formDueSince && this.formDueSince.formVersion <= formVersion) {
      performance.measure('studio:text-to-form', { start: this.formDueSince.since, end: performance.now() });
      this.formDueSince = undefined;
    }
  }

  /**
   * Resolves once the worker has answered for every file's text as it is now, so the snapshot's
   * `hasErrors` and diagnostics describe that text (a save or an export asks); or after `timeoutMs`.
   */
  caughtUp(timeoutMs = 5000): Promise<void> {
    if (this.isCaughtUp()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.caughtUpWaiters.push(done);
    });
  }

  dispose(): void {
    this.worker.terminate();
    for (const done of this.caughtUpWaiters.splice(0)) done();
  }

  private isCaughtUp(): boolean {
    return this.documents.all().every(({ key, model }) => model.isDisposed() || this.parsedVersions.get(key) === model.getVersionId());
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'state') this.onState(message);
    else if (message.type === 'edits') this.answers.resolved(message.id, message.file, message.version, message.edits);
    else this.answers.rejected(message.id, message.file, message.stale, message.message);
  }

  private onState(message: Extract<FromWorker, { type: 'state' }>): void {
    let current = true;
    const snapshot = this.state.getSnapshot();
    const files = { ...snapshot.files };
    for (const { key, model } of this.documents.all()) {
      const parse = message.files[key];
      const status = files[key];
      if (!parse || !status) continue;
      if (parse.version !== model.getVersionId()) {
        // A newer text is already on its way to the worker: its answer will follow.
        current = false;
        continue;
      }
      const diagnostics: LocatedDiagnostic[] = parse.diagnostics.map((d) => {
        const p = model.getPositionAt(d.offset);
        return { ...d, file: key, line: p.lineNumber, column: p.column };
      });
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markersOf(model, parse.diagnostics));
      files[key] = { ...status, diagnostics, hasErrors: parse.hasErrors };
      this.parsedVersions.set(key, parse.version);
    }
    const formVersion = snapshot.formVersion + 1;
    if (current && this.textChangedAt !== undefined) {
      this.formDueSince = { formVersion, since: this.textChangedAt };
      this.textChangedAt = undefined;
    }
    performance.measure('studio:worker-parse', { start: performance.now() - message.parseMs, duration: message.parseMs });
    this.state.update({ form: message.form, formVersion, files, title: message.form.general.title || undefined });
    if (this.caughtUpWaiters.length && this.isCaughtUp()) for (const done of this.caughtUpWaiters.splice(0)) done();
  }
}
