// One undo history across the connector's files. A form action (until the edit group ends) is one
// undo step in each file it changed; an action that changed several files (an authentication switch
// writes the definition and apiProperties.json) is remembered as a link, and undoing or redoing its
// step in one file, from the form or in the editor, does the same in the others.
import type { TextEditOperation, TextModel } from './text-model';

/** A file's text versions (alternative version ids) before and after its part of a form action. */
interface StepVersions {
  before: number;
  after: number;
}

/** How many multi-file form actions are remembered for linked Undo and Redo. */
const MAX_LINKS = 100;

export class LinkedUndo<K extends string> {
  /** The form action being turned into text: for each file it changed, its versions before and after. */
  private action: Map<K, StepVersions> | undefined;
  /** Form actions that changed more than one file, oldest first. */
  private links: Map<K, StepVersions>[] = [];
  private following = false;

  constructor(private readonly modelOf: (key: K) => TextModel | undefined) {}

  /**
   * Applies text edits of the current form action to a file. A file's edits join its step while
   * nothing else changed the text in between (typing in the editor starts a step of its own).
   */
  apply(key: K, operations: TextEditOperation[], selections: unknown[] | null): void {
    const model = this.modelOf(key);
    if (!model) return;
    const action = (this.action ??= new Map());
    const step = action.get(key);
    if (!step || step.after !== model.getAlternativeVersionId()) model.pushStackElement();
    const before = model.getAlternativeVersionId();
    // Cursor and scroll stay where they are: the editor maps its selections through the edit.
    model.pushEditOperations(selections, operations, () => null);
    action.set(key, { before: step?.before ?? before, after: model.getAlternativeVersionId() });
  }

  /** Ends the current form action: each file's step closes, and a multi-file action is linked. */
  closeAction(): void {
    const action = this.action;
    if (!action) return;
    for (const key of action.keys()) this.modelOf(key)?.pushStackElement();
    if (action.size > 1) this.links = [...this.links.slice(-(MAX_LINKS - 1)), action];
    this.action = undefined;
  }

  /**
   * After Undo or Redo in one file: when that undid or redid its part of a linked action, the other
   * files follow, so the action is undone as one step wherever it is undone. Only while each other
   * file is exactly where the action left it (nothing typed there since).
   */
  followUndo(key: K, undoing: boolean): void {
    if (this.following) return;
    const model = this.modelOf(key);
    if (!model) return;
    const alt = model.getAlternativeVersionId();
    for (let i = this.links.length - 1; i >= 0; i--) {
      const link = this.links[i]!;
      const mine = link.get(key);
      if (!mine || alt !== (undoing ? mine.before : mine.after)) continue;
      const others = [...link].filter(([k]) => k !== key);
      const ready = others.every(([k, v]) => this.modelOf(k)?.getAlternativeVersionId() === (undoing ? v.after : v.before));
      if (!ready) continue;
      this.following = true;
      try {
        for (const [k, v] of others) this.stepTo(this.modelOf(k)!, undoing ? v.before : v.after, undoing);
      } finally {
        this.following = false;
      }
      return;
    }
  }

  private stepTo(model: TextModel, target: number, undoing: boolean): void {
    for (let n = 0; n < 64 && model.getAlternativeVersionId() !== target; n++) {
      const was = model.getAlternativeVersionId();
      void (undoing ? model.undo() : model.redo());
      if (model.getAlternativeVersionId() === was) break;
    }
  }
}
