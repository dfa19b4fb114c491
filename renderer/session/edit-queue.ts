// The form's way into the text. A form edit names its field: while one edit of a file is being
// resolved (by the parse worker, against exactly the text version it saw), newer edits wait, and a
// newer value for the same field replaces the older one. The common case, a new scalar value of a
// field edited before, skips the worker: its range is known (a decoration follows it through every
// edit), so the text edit is made here, within the frame (shared/core/text scalarReplacement).
import { isJsonScalar, MEMBER_LEAD_CHARS, scalarReplacement, type TextEdit } from '../../shared/core/text';
import type { EditOp } from '../../shared/editing/edit-op';
import type { LinkedUndo } from './linked-undo';
import { isEmptyRange, NEVER_GROWS_WHEN_TYPING_AT_EDGES, rangeAt, startOf, type TextModel } from './text-model';

/** What the queue needs around it: the models, the worker, and the editor that shows them. */
export interface EditQueueHost<K extends string> {
  model(key: K): TextModel | undefined;
  /** Asks the worker to resolve `op` against the file's text at `version`; it answers by `id`. */
  resolve(request: { id: number; file: K; version: number; op: EditOp }): void;
  /** A form edit is about to change the file: the editor shows it. Answers the editor's selections in it. */
  showing(key: K): unknown[] | null;
  /** Why the last edit could not be applied; undefined once a new edit is made. */
  failed(message: string | undefined): void;
}

interface Pending {
  op: EditOp;
  /** When the form made the edit (for the form -> text timing). */
  at: number;
}

interface FileQueue {
  inFlight?: Pending & { id: number; field: string; version: number };
  /** Edits waiting their turn, by field, oldest first. */
  pending: Map<string, Pending>;
  /** Where a field's scalar value sits in the text (a decoration follows it). */
  tracked: Map<string, { pointer: string; decoration: string }>;
}

export class EditQueue<K extends string> {
  private readonly files = new Map<K, FileQueue>();
  private seq = 0;
  private closeWhenIdle = false;
  /** What waits for the edits on their way (an Undo pressed while typing). */
  private whenIdle: (() => void)[] = [];

  constructor(
    private readonly host: EditQueueHost<K>,
    private readonly undo: LinkedUndo<K>,
  ) {}

  /** Queues a form edit. Consecutive edits of one field are one undo step, until endGroup. */
  edit(key: K, field: string, op: EditOp): void {
    if (!this.host.model(key)) return;
    this.host.failed(undefined);
    const queue = this.queueOf(key);
    queue.pending.delete(field);
    queue.pending.set(field, { op, at: performance.now() });
    this.sendNext(key);
  }

  /** Ends the current undo step; edits still on their way join it when they land, and it closes after them. */
  endGroup(): void {
    if (this.busy) this.closeWhenIdle = true;
    else this.close();
  }

  /** Runs `run` once every form edit made so far is in the text (at once when none is on its way). */
  afterEdits(run: () => void): void {
    if (this.busy) this.whenIdle.push(run);
    else run();
  }

  /** True while form edits are still being turned into text edits. */
  get busy(): boolean {
    for (const q of this.files.values()) if (q.inFlight || q.pending.size) return true;
    return false;
  }

  /** The worker's text edits for edit `id`, computed against `version`. */
  resolved(id: number, key: K, version: number, edits: readonly TextEdit[]): void {
    const queue = this.files.get(key);
    const model = this.host.model(key);
    const inFlight = queue?.inFlight;
    if (!queue || !model || inFlight?.id !== id) return;
    queue.inFlight = undefined;
    if (model.getVersionId() !== version) {
      // The text moved on (someone typed in the editor): resolve the edit again on the new text.
      this.requeue(queue, inFlight.field, inFlight);
    } else if (edits.length) {
      this.apply(key, model, edits);
      // A scalar value replaced in place: follow its range, so this field's next values skip the worker.
      const op = inFlight.op;
      const only = edits.length === 1 ? edits[0]! : undefined;
      if (only && op.kind === 'set' && isJsonScalar(op.value) && only.content === JSON.stringify(op.value)) {
        this.track(queue, model, inFlight.field, op.pointer, only.offset, only.content.length);
      }
      // From the form change (the latest value of this field) to the text showing it.
      performance.measure('studio:form-to-text', { start: inFlight.at, end: performance.now() });
    }
    this.sendNext(key);
  }

  /** The worker could not resolve edit `id`: `stale` when the text changed meanwhile (it is tried again). */
  rejected(id: number, key: K, stale: boolean, message: string): void {
    const queue = this.files.get(key);
    const inFlight = queue?.inFlight;
    if (!queue || inFlight?.id !== id) return;
    queue.inFlight = undefined;
    if (stale) this.requeue(queue, inFlight.field, inFlight);
    else this.host.failed(message);
    this.sendNext(key);
  }

  private queueOf(key: K): FileQueue {
    let queue = this.files.get(key);
    if (!queue) this.files.set(key, (queue = { pending: new Map(), tracked: new Map() }));
    return queue;
  }

  private close(): void {
    this.closeWhenIdle = false;
    this.undo.closeAction();
    for (const run of this.whenIdle.splice(0)) run();
  }

  private requeue(queue: FileQueue, field: string, edit: Pending): void {
    // A newer value for the same field supersedes this one.
    if (!queue.pending.has(field)) queue.pending = new Map([[field, { op: edit.op, at: edit.at }], ...queue.pending]);
  }

  private sendNext(key: K): void {
    const queue = this.files.get(key);
    const model = this.host.model(key);
    if (!queue || !model || queue.inFlight) return;
    for (;;) {
      const next = queue.pending.entries().next();
      if (next.done) {
        if (this.closeWhenIdle && !this.busy) this.close();
        else if (!this.busy) for (const run of this.whenIdle.splice(0)) run();
        return;
      }
      const [field, { op, at }] = next.value;
      queue.pending.delete(field);
      if (this.applyTracked(key, queue, model, field, op, at)) continue;
      const id = ++this.seq;
      const version = model.getVersionId();
      queue.inFlight = { id, field, op, version, at };
      this.host.resolve({ id, file: key, version, op });
      return;
    }
  }

  /** The fast path: a new scalar value of a tracked field, replaced in place. False when it does not apply. */
  private applyTracked(key: K, queue: FileQueue, model: TextModel, field: string, op: EditOp, at: number): boolean {
    if (op.kind !== 'set' || !isJsonScalar(op.value)) return false;
    const tracked = queue.tracked.get(field);
    if (!tracked || tracked.pointer !== op.pointer) return false;
    const range = model.getDecorationRange(tracked.decoration);
    if (!range || isEmptyRange(range)) return false;
    const current = model.getValueInRange(range);
    const offset = model.getOffsetAt(startOf(range));
    const leadStart = model.getPositionAt(Math.max(0, offset - MEMBER_LEAD_CHARS));
    const lead = model.getValueInRange({
      startLineNumber: leadStart.lineNumber,
      startColumn: leadStart.column,
      endLineNumber: range.startLineNumber,
      endColumn: range.startColumn,
    });
    const content = scalarReplacement(op.pointer, op.value, lead, current);
    if (content === undefined) return false;
    if (content !== current) this.apply(key, model, [{ offset, length: current.length, content }]);
    this.track(queue, model, field, op.pointer, offset, content.length);
    performance.measure('studio:form-to-text', { start: at, end: performance.now() });
    return true;
  }

  private track(queue: FileQueue, model: TextModel, field: string, pointer: string, offset: number, length: number): void {
    const old = queue.tracked.get(field)?.decoration;
    const [decoration] = model.deltaDecorations(old ? [old] : [], [
      { range: rangeAt(model, offset, length), options: { stickiness: NEVER_GROWS_WHEN_TYPING_AT_EDGES } },
    ]);
    if (decoration) queue.tracked.set(field, { pointer, decoration });
  }

  private apply(key: K, model: TextModel, edits: readonly TextEdit[]): void {
    const selections = this.host.showing(key);
    const operations = edits.map((e) => ({ range: rangeAt(model, e.offset, e.length), text: e.content }));
    this.undo.apply(key, operations, selections);
  }
}
