// Saving: the changed JSON files, each in the encoding (and with the byte-order mark) it was read in,
// and what the companion files want written or removed, in one request to the host.
import type { ConnectorFileName, StudioApi, TextFile } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { FILE_NAMES } from '../workers/editable-files';
import type { SessionDocuments } from './session-documents';
import type { SessionSnapshot } from './session-snapshot';
import type { Store } from './store';

/** What a save waits for: form edits still on their way into the text. */
export interface PendingEdits {
  endGroup(): void;
  readonly busy: boolean;
}

export class SessionSave {
  constructor(
    private readonly documents: SessionDocuments,
    private readonly edits: PendingEdits,
    private readonly state: Store<SessionSnapshot>,
    private readonly api: StudioApi,
  ) {}

  async save(): Promise<void> {
    if (this.state.getSnapshot().saving) return;
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
}
