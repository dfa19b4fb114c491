// The in-page path picker as a promise, so Browse… buttons use it the way the desktop app uses its
// native dialogs: pick() shows the dialog and resolves with the path chosen, or null on Cancel.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { StudioApi } from '../../shared/contracts/ipc';
import { PathPickerDialog, type PickKind } from './path-picker-dialog';

interface Pending {
  kind: PickKind;
  title: string;
  start: string | undefined;
  resolve(path: string | null): void;
}

export interface PathPicker {
  pick(kind: PickKind, title: string, start?: string): Promise<string | null>;
  /** The dialog while a pick is pending. */
  dialog: ReactNode;
}

export function usePathPicker(api: StudioApi): PathPicker {
  const [pending, setPending] = useState<Pending>();
  const pendingRef = useRef<Pending>(undefined);
  const pick = useCallback(
    (kind: PickKind, title: string, start?: string) =>
      new Promise<string | null>((resolve) => {
        // A second pick while one is shown answers the first with null.
        pendingRef.current?.resolve(null);
        const next = { kind, title, start, resolve };
        pendingRef.current = next;
        setPending(next);
      }),
    [],
  );
  const finish = (path: string | null) => {
    const current = pendingRef.current;
    pendingRef.current = undefined;
    setPending(undefined);
    current?.resolve(path);
  };
  const dialog = pending ? (
    <PathPickerDialog
      key={`${pending.kind}:${pending.title}`}
      kind={pending.kind}
      title={pending.title}
      start={pending.start}
      list={(request) => api.listFolder(request)}
      onChoose={finish}
      onClose={() => finish(null)}
    />
  ) : null;
  return { pick, dialog };
}
