// Picking a folder or an import file where the host has no native picker (the browser host): the
// page cannot read paths, so main lists one folder at a time (listFolder). A path bar to type or
// paste a folder, Up and the usual starting places, and a list driven by the keyboard (arrows,
// Home/End, Enter opens a folder or chooses a file, Backspace goes up) or the mouse (a click
// selects, a double click opens). Choose takes the selected entry, else (for a folder) the one shown.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ResponseOf } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { ModalDialog } from '../ui/modal-dialog';
import { fullPathNeeded, joinPath, parentOf } from './folder-paths';

export type PickKind = 'folder' | 'file';
export type Listing = ResponseOf<'listFolder'>;
export type ListFolder = (request: { dir?: string; files?: boolean; hidden?: boolean }) => Promise<Listing>;

interface Props {
  kind: PickKind;
  title: string;
  /** Where to start: a folder (or a path inside one that may not exist yet); else the connectors folder. */
  start?: string | undefined;
  list: ListFolder;
  onChoose(path: string): void;
  onClose(): void;
}

export function PathPickerDialog({ kind, title, start, list, onChoose, onClose }: Props) {
  const [listing, setListing] = useState<Listing>();
  const [typed, setTyped] = useState('');
  const [selected, setSelected] = useState(-1);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const listRef = useRef<HTMLUListElement>(null);
  const pathId = useId();
  const listId = useId();
  const hiddenId = useId();
  const optionId = (i: number) => `${listId}-o${i}`;

  const go = useCallback(
    async (dir: string | undefined, showHidden = hidden) => {
      setLoading(true);
      try {
        const next = await list({ ...(dir ? { dir } : {}), files: kind === 'file', hidden: showHidden });
        setListing(next);
        setTyped(next.dir);
        setSelected(-1);
        setError(undefined);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        return false;
      } finally {
        setLoading(false);
      }
    },
    [list, kind, hidden],
  );

  // The start may be a folder still to be created (New, Import): its parent, then the default.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the starting folder
  useEffect(() => {
    void (async () => {
      const candidates = start && !fullPathNeeded(start, 'folder') ? [start.trim(), parentOf(start.trim())] : [];
      for (const dir of candidates) {
        if (dir && (await go(dir))) {
          listRef.current?.focus();
          return;
        }
      }
      await go(undefined);
      listRef.current?.focus();
    })();
  }, []);

  const entries = listing?.entries ?? [];
  const current = selected >= 0 ? entries[selected] : undefined;
  const pathOf = (name: string) => joinPath(listing?.dir ?? '', name);
  const chosen = current
    ? kind === 'file' && current.kind === 'folder'
      ? undefined
      : pathOf(current.name)
    : kind === 'folder'
      ? listing?.dir
      : undefined;

  const openEntry = (i: number) => {
    const entry = entries[i];
    if (!entry) return;
    if (entry.kind === 'folder') void go(pathOf(entry.name));
    else onChoose(pathOf(entry.name));
  };

  const select = (i: number) => {
    if (!entries.length) return;
    const next = Math.max(0, Math.min(entries.length - 1, i));
    setSelected(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      Home: 0,
      End: entries.length - 1,
      PageDown: selected + 10,
      PageUp: selected - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      select(selected < 0 && e.key === 'ArrowUp' ? 0 : moves[e.key]!);
    } else if (e.key === 'Enter' && selected >= 0) {
      e.preventDefault();
      openEntry(selected);
    } else if (e.key === 'Backspace' && listing?.parent) {
      e.preventDefault();
      void go(listing.parent);
    }
  };

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    const refused = fullPathNeeded(typed, 'folder');
    if (refused) setError(refused);
    else void go(typed.trim()).then((ok) => ok && listRef.current?.focus());
  };

  const places = [
    { label: 'Home', dir: listing?.home },
    { label: 'Connectors folder', dir: listing?.connectorsHome },
  ].filter((p): p is { label: string; dir: string } => Boolean(p.dir));

  return (
    <ModalDialog title={title} onClose={onClose} className="path-picker">
      <form className="picker-path" onSubmit={submitPath}>
        <label htmlFor={pathId}>Folder</label>
        <input id={pathId} type="text" value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" className="quiet">
          Go
        </button>
      </form>
      <div className="picker-places">
        <button type="button" className="quiet" disabled={!listing?.parent} onClick={() => listing?.parent && void go(listing.parent)}>
          Up
        </button>
        {places.map((p) => (
          <button key={p.label} type="button" className="quiet" onClick={() => void go(p.dir)}>
            {p.label}
          </button>
        ))}
        <label htmlFor={hiddenId} className="picker-hidden">
          <input
            id={hiddenId}
            type="checkbox"
            checked={hidden}
            onChange={(e) => {
              setHidden(e.target.checked);
              if (listing) void go(listing.dir, e.target.checked);
            }}
          />
          Show hidden
        </label>
      </div>
      {error ? (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      ) : null}
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        className="picker-list"
        aria-label={listing ? `Contents of ${listing.dir}` : 'Folder contents'}
        aria-busy={loading}
        aria-activedescendant={current ? optionId(selected) : undefined}
        onKeyDown={onListKey}
      >
        {entries.map((entry, i) => (
          <li
            key={`${entry.kind}:${entry.name}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === selected}
            className={`picker-entry ${entry.kind}`}
            onClick={() => setSelected(i)}
            onDoubleClick={() => openEntry(i)}
          >
            {entry.name}
            {entry.kind === 'folder' ? '/' : ''}
            {entry.connector ? <span className="picker-badge"> connector</span> : null}
          </li>
        ))}
      </ul>
      <p className="field-hint" role="status">
        {listing && !entries.length ? (kind === 'file' ? 'No folders or .json, .yaml or .yml files here.' : 'No folders here.') : null}
        {listing?.more ? `${listing.more} more not shown: type a path above to go further.` : null}
        {listing?.connector && kind === 'folder' && !current ? 'This folder is a connector.' : null}
      </p>
      <p className="field-hint">{chosen ? `Choose: ${chosen}` : kind === 'file' ? 'Select a .json, .yaml or .yml file.' : ''}</p>
      <div className="dialog-buttons">
        <button type="button" disabled={!chosen || loading} onClick={() => chosen && onChoose(chosen)}>
          Choose
        </button>
        <button type="button" className="quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
