// The connector's icon.png while the connector is open: the bytes in the folder, a new icon chosen
// on the General tab (counted as unsaved until the next save writes it), and its part in saving.
// One per session.
import type { TextFile } from '../../../shared/contracts/ipc';
import type { CompanionFile, IconBytes } from '../../session/session-documents';
import type { ConnectorSession } from '../../studio/connector-session';
import type { PreparedIcon } from './icon-image';

export interface IconState {
  /** The icon shown: the new one when there is one, else the folder's (PNG bytes as base64). */
  base64: string | undefined;
  /** What is known of the new icon (format it came in, size, notes). */
  chosen: PreparedIcon | undefined;
  dirty: boolean;
}

export class IconFile implements CompanionFile {
  readonly name = 'icon.png' as const;
  private onDisk: string | undefined;
  private state: IconState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly session: ConnectorSession) {
    this.onDisk = session.iconBase64;
    this.state = { base64: this.onDisk, chosen: undefined, dirty: false };
    session.addCompanion(this);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): IconState => this.state;

  get dirty(): boolean {
    return this.state.dirty;
  }

  /** A new icon, written by the next save. */
  choose(icon: PreparedIcon): void {
    this.set({ base64: icon.base64, chosen: icon, dirty: icon.base64 !== this.onDisk });
  }

  pendingSave(): IconBytes | undefined {
    return this.state.dirty && this.state.base64 ? { base64: this.state.base64 } : undefined;
  }

  saved(done: TextFile | IconBytes | 'remove'): void {
    if (typeof done !== 'object' || !('base64' in done)) return;
    const base64 = done.base64;
    this.onDisk = base64;
    this.set({ ...this.state, dirty: this.state.base64 !== base64 });
  }

  dispose(): void {
    this.listeners.clear();
    icons.delete(this.session);
  }

  private set(next: IconState): void {
    const wasDirty = this.state.dirty;
    this.state = next;
    if (wasDirty !== next.dirty) this.session.companionChanged();
    for (const l of this.listeners) l();
  }
}

const icons = new WeakMap<ConnectorSession, IconFile>();

/** The session's icon, created on first use. */
export function iconOf(session: ConnectorSession): IconFile {
  let icon = icons.get(session);
  if (!icon) {
    icon = new IconFile(session);
    icons.set(session, icon);
  }
  return icon;
}
