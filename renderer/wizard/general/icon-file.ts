// The connector's icon.png while the connector is open: the bytes in the folder, a new icon chosen
// on the General tab (counted as unsaved until the next save writes it), and its part in saving.
// One per session (made by the session's features on first use).
import type { TextFile } from '../../../shared/contracts/ipc';
import type { CompanionFile, Companions, IconBytes } from '../../session/session-documents';
import { Store } from '../../session/store';
import type { PreparedIcon } from './icon-image';

export interface IconState {
  /** The icon shown: the new one when there is one, else the folder's (PNG bytes as base64). */
  base64: string | undefined;
  /** What is known of the new icon (format it came in, size, notes). */
  chosen: PreparedIcon | undefined;
  dirty: boolean;
}

export class IconFile extends Store<IconState> implements CompanionFile {
  readonly name = 'icon.png' as const;

  /** `onDisk`: the folder's icon.png (as base64), if it has one. */
  constructor(
    private onDisk: string | undefined,
    private readonly companions: Companions,
  ) {
    super({ base64: onDisk, chosen: undefined, dirty: false });
    companions.addCompanion(this);
  }

  get dirty(): boolean {
    return this.getSnapshot().dirty;
  }

  /** A new icon, written by the next save. */
  choose(icon: PreparedIcon): void {
    this.change({ base64: icon.base64, chosen: icon, dirty: icon.base64 !== this.onDisk });
  }

  pendingSave(): IconBytes | undefined {
    const { dirty, base64 } = this.getSnapshot();
    return dirty && base64 ? { base64 } : undefined;
  }

  saved(done: TextFile | IconBytes | 'remove'): void {
    if (typeof done !== 'object' || !('base64' in done)) return;
    const base64 = done.base64;
    this.onDisk = base64;
    const state = this.getSnapshot();
    this.change({ ...state, dirty: state.base64 !== base64 });
  }

  dispose(): void {
    this.unsubscribeAll();
  }

  private change(next: IconState): void {
    const wasDirty = this.getSnapshot().dirty;
    this.set(next);
    if (wasDirty !== next.dirty) this.companions.companionChanged();
  }
}
