// Saving: the changed JSON files, each in the encoding (and with the byte-order mark) it was read in,
// and what the companion files want written or removed, in one request to the host. A save that
// would write a file that does not parse, or that parses only leniently (comments, trailing commas,
// duplicate keys: what paconn may refuse), asks first (the snapshot's saveQuestion) and waits.
import type { ConnectorFileName, StudioApi, TextFile } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { nonStandardJson } from '../../shared/core/text';
import { FILE_NAMES, type EditableFile } from '../workers/editable-files';
import type { SessionDocuments } from './session-documents';
import type { FileStatus, SessionSnapshot } from './session-snapshot';
import type { Store } from './store';

/** What a save waits for: form edits still on their way into the text. */
export interface PendingEdits {
  endGroup(): void;
  readonly busy: boolean;
}

/** What a save waits for before it looks at the files' problems: the parse of the texts as they are. */
export interface PendingParse {
  caughtUp(): Promise<void>;
}

/** "apiDefinition.swagger.json does not parse (line 4, column 3: A comma is missing here)", for a file that does not parse. */
export function parseProblem(status: FileStatus): string {
  const first = status.diagnostics.find((d) => d.severity === 'error');
  // The text of a message about how the form reads the file goes: here it is about the file.
  const what = first?.message.replace(/; the studio reads .*$/, '').replace(/\.$/, '');
  const where = first ? ` (line ${first.line}, column ${first.column}: ${what})` : '';
  return `${status.name} does not parse${where}`;
}

/**
 * "apiDefinition.swagger.json is not standard JSON (a comment at line 3, column 5; ...), which ...",
 * for a file that parses only because the studio reads tolerantly; undefined for standard JSON.
 */
export function nonStandardProblem(status: FileStatus): string | undefined {
  const found = nonStandardJson(status.name, status.diagnostics);
  return found && `${found}, which paconn and the Power Platform may refuse or read differently`;
}

/** The files a save or an export would write as they are, though paconn could not read them as meant. */
export interface WriteProblems {
  /** Files that do not parse. */
  broken: string[];
  /** Files that parse only leniently (comments, trailing commas, duplicate keys, ...). */
  nonStandard: string[];
}

export class SessionSave {
  constructor(
    private readonly documents: SessionDocuments,
    private readonly edits: PendingEdits,
    private readonly parse: PendingParse,
    private readonly state: Store<SessionSnapshot>,
    private readonly api: StudioApi,
  ) {}

  /** What is wrong with each file (all files, or those given) that does not parse or parses only leniently, once the parse has caught up. */
  async writeProblems(keys?: readonly EditableFile[]): Promise<WriteProblems> {
    await this.parse.caughtUp();
    const files = this.state.getSnapshot().files;
    const problems: WriteProblems = { broken: [], nonStandard: [] };
    for (const key of keys ?? this.documents.all().map((f) => f.key)) {
      const status = files[key];
      if (!status) continue;
      if (status.hasErrors) problems.broken.push(parseProblem(status));
      else {
        const lenient = nonStandardProblem(status);
        if (lenient) problems.nonStandard.push(lenient);
      }
    }
    return problems;
  }

  /** What is wrong with each file that does not parse (all files, or those given), once the parse has caught up. */
  async parseProblems(keys?: readonly EditableFile[]): Promise<string[]> {
    return (await this.writeProblems(keys)).broken;
  }

  /**
   * Writes the changed files. When one of them does not parse or is not standard JSON, it asks first (saveQuestion) and
   * writes nothing; `anyway` is the answer Save anyway.
   */
  async save({ anyway = false }: { anyway?: boolean } = {}): Promise<void> {
    const before = this.state.getSnapshot();
    if (before.saving || (before.saveQuestion !== undefined && !anyway)) return;
    if (anyway) this.state.update({ saveQuestion: undefined });
    this.edits.endGroup();
    // A value typed a moment ago may still be on its way into the text.
    for (let waited = 0; this.edits.busy && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    if (this.state.getSnapshot().saving) return;
    const changed = this.documents.unsaved();
    const companionSaves = this.documents.companionSaves();
    if (!changed.length && !companionSaves.length) {
      this.state.update({ saveMessage: { kind: 'done', text: 'No changes to save.' } });
      return;
    }
    if (!anyway) {
      const { broken, nonStandard } = await this.writeProblems(changed.map((f) => f.key));
      const now = this.state.getSnapshot();
      if (now.saving || now.saveQuestion !== undefined) return;
      if (broken.length || nonStandard.length) {
        const text = `${[...broken, ...nonStandard].join('; ')}. Save anyway?`;
        this.state.update({ saveQuestion: { text, parses: broken.length === 0 }, saveMessage: undefined });
        return;
      }
    }
    const versions = new Map(changed.map((f) => [f, f.model.getAlternativeVersionId()]));
    const files: Partial<Record<ConnectorFileName, TextFile>> = {};
    for (const f of changed) files[FILE_NAMES[f.key]] = { text: f.model.getValue(), encoding: f.encoding, bom: f.bom };
    const remove: 'script.csx'[] = [];
    let icon: string | undefined;
    for (const { companion, pending } of companionSaves) {
      if (pending === 'remove') {
        if (companion.name === 'script.csx') remove.push(companion.name);
      } else if ('base64' in pending) icon = pending.base64;
      else if (companion.name !== 'icon.png') files[companion.name] = pending;
    }
    this.state.update({ saving: true, saveMessage: undefined });
    try {
      const dir = this.state.getSnapshot().dir;
      const reply = await this.api.saveConnector({ dir, files, ...(remove.length ? { remove } : {}), ...(icon ? { icon } : {}) });
      const written: string[] = icon ? [...reply.written, 'icon.png'] : reply.written;
      for (const [f, v] of versions) this.documents.savedAt(f, v);
      for (const { companion, pending } of companionSaves) companion.saved(pending);
      this.documents.companionChanged();
      const done = [written.length ? `Saved ${written.join(' and ')}.` : '', remove.length ? `Removed ${remove.join(' and ')}.` : '']
        .filter(Boolean)
        .join(' ');
      this.state.update({ saving: false, saveMessage: { kind: 'done', text: done } });
    } catch (err) {
      this.state.update({ saving: false, saveMessage: { kind: 'error', text: `Not saved: ${errorMessage(err)}` } });
    }
  }

  /** The answer Cancel: nothing is written. */
  cancel(): void {
    if (this.state.getSnapshot().saveQuestion !== undefined) this.state.update({ saveQuestion: undefined });
  }
}
