// The parse worker: keeps a mirror of each file's text, reparses it after changes (coalesced), and
// answers with the form state and the problems found. Parsing the largest real definition (Encodian,
// 1.1 MB) and building its model costs tens of milliseconds, and building its syntax tree for a form
// edit a hundred or more: here that time is spent off the UI thread, so typing never stutters.
import type { JsonDocument } from '../../shared/core/text';
import { EDITABLE_FILES, type EditableFile } from './editable-files';
import { buildFormState } from '../../shared/editing/form-state';
import type { FileParse, FromWorker, ToWorker } from './parse-protocol';
import { EditBase } from './edit-base';
import { resolveEdit } from '../../shared/editing/resolve-edit';
import { TextMirror } from './text-mirror';
import { warmUp } from './warm-up';
import { errorMessage } from '../../shared/core/error-message';

interface MirroredFile {
  mirror: TextMirror;
  /** The value of the last text that parsed without errors (the recovered value before any did). */
  lastGood: unknown;
  /** A parsed text and the form's own edits since: see EditBase. */
  base?: EditBase;
}

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const files = new Map<EditableFile, MirroredFile>();
let hasScript = false;
let parseScheduled = false;
let wantReferences = false;

function parsed(file: MirroredFile): JsonDocument {
  const first = !file.mirror.isParsed;
  const doc = file.mirror.doc;
  if (first && !doc.hasErrors) file.lastGood = doc.value;
  return doc;
}

function publish(): void {
  parseScheduled = false;
  const start = performance.now();
  const out: Partial<Record<EditableFile, FileParse>> = {};
  for (const key of EDITABLE_FILES) {
    const file = files.get(key);
    if (!file) continue;
    const doc = parsed(file);
    out[key] = { version: file.mirror.version, diagnostics: doc.diagnostics, hasErrors: doc.hasErrors };
  }
  const form = buildFormState(files.get('definition')?.lastGood, files.get('properties')?.lastGood, hasScript, {
    references: wantReferences,
  });
  scope.postMessage({ type: 'state', files: out, form, parseMs: performance.now() - start });
}

/** One form-state pass on fresh parses of the texts, for warmUp (its result is dropped). */
function warmUpPass(): void {
  const fresh = (key: EditableFile): unknown => {
    const file = files.get(key);
    try {
      return file ? JSON.parse(file.mirror.text) : undefined;
    } catch {
      return file?.lastGood; // not strict JSON: the form shows what was recovered
    }
  };
  buildFormState(fresh('definition'), fresh('properties'), hasScript, { references: wantReferences });
}

let stopWarmUp = (): void => undefined;

function schedulePublish(): void {
  if (parseScheduled) return;
  parseScheduled = true;
  // Changes that arrive together (a paste, an undo across files) are parsed once.
  setTimeout(publish, 0);
}

scope.onmessage = ({ data: message }) => {
  switch (message.type) {
    case 'want-references': {
      const was = wantReferences;
      wantReferences = message.on;
      if (wantReferences && !was && files.size) schedulePublish();
      return;
    }
    case 'open': {
      files.clear();
      hasScript = message.hasScript;
      for (const key of EDITABLE_FILES) {
        const f = message.files[key];
        if (!f) continue;
        const file: MirroredFile = { mirror: new TextMirror(f.text, f.version), lastGood: undefined };
        // Until a text parses cleanly, the form shows what could be recovered from it.
        file.lastGood = parsed(file).value;
        files.set(key, file);
      }
      publish();
      stopWarmUp();
      stopWarmUp = warmUp(warmUpPass, () => parseScheduled);
      return;
    }
    case 'change': {
      const file = files.get(message.file);
      if (!file) return;
      file.mirror.change(message.version, message.changes, message.text);
      if (file.base && (message.text !== undefined || !file.base.follow(message.changes))) file.base = undefined;
      schedulePublish();
      return;
    }
    case 'edit': {
      const file = files.get(message.file);
      const fail = (stale: boolean, text: string) =>
        scope.postMessage({ type: 'edit-failed', id: message.id, file: message.file, version: message.version, stale, message: text });
      if (!file) return fail(false, 'That file is not open.');
      if (file.mirror.version !== message.version) return fail(true, 'The text changed while the edit was computed.');
      try {
        // Another value for a field just edited: no new parse needed (the text only changed by the
        // form's own replacements, so it still parses).
        let edits = file.base?.tryEdits(message.op);
        let base = file.base;
        if (!edits || !base) {
          const doc = parsed(file);
          if (doc.hasErrors) return fail(false, 'Fix the errors in the text first: the form cannot edit a file that does not parse.');
          edits = resolveEdit(doc, message.op);
          base = file.base = new EditBase(doc);
        }
        base.expect(edits);
        scope.postMessage({ type: 'edits', id: message.id, file: message.file, version: file.mirror.version, edits });
      } catch (err) {
        fail(false, errorMessage(err));
      }
      return;
    }
  }
};
