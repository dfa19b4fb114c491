// Files of the open connector changed by another program (use-disk-watch.ts finds them): the banner's
// Reload puts the disk's text into the editor (or opens the folder again for a file the studio does not
// hold yet); Keep mine keeps the edited text and marks it unsaved, so the next save writes it.
import type { ConnectorFileName, DiskChange, StudioApi } from '../../shared/contracts/ipc';
import { EDITED_FILES } from './edited-files';
import type { ConnectorShown } from './use-connector-session';
import { useDiskWatch } from './use-disk-watch';

export function useDiskChanges(api: StudioApi, connector: ConnectorShown, open: (dir: string) => Promise<void>) {
  const { disk, sessionRef } = connector;
  const { changes, settle } = useDiskWatch(api, disk);

  const holds = (name: ConnectorFileName) => EDITED_FILES.some((e) => e.name === name && sessionRef.current?.hasFile(e.key));

  const reload = (change: DiskChange) => {
    const entry = EDITED_FILES.find((e) => e.name === change.name);
    const current = sessionRef.current;
    if (entry && current?.hasFile(entry.key) && change.file) {
      current.reloadFromDisk(entry.key, change.file);
      settle(change.name, change.fingerprint);
    } else if (current) {
      // A file the studio does not hold yet: open the folder again to show it.
      void open(current.getSnapshot().dir);
    }
  };

  const keepMine = (change: DiskChange) => {
    const entry = EDITED_FILES.find((e) => e.name === change.name);
    if (entry && sessionRef.current?.hasFile(entry.key)) sessionRef.current.markUnsaved(entry.key);
    settle(change.name, change.state === 'deleted' ? undefined : change.fingerprint);
  };

  return { changes, holds, reload, keepMine };
}
