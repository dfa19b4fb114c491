// "apiDefinition.swagger.json changed on disk": one banner per file another program changed, added
// or deleted, with the two ways out. Reload takes the disk's text (Undo brings ours back); Keep mine
// keeps the text in the studio and the next save writes it over the disk's copy.
import type { DiskChange } from '../../shared/contracts/ipc';

interface Props {
  changes: DiskChange[];
  /** Whether the studio holds this file (only the definition and the properties are edited). */
  holds(name: DiskChange['name']): boolean;
  onReload(change: DiskChange): void;
  onKeepMine(change: DiskChange): void;
}

function sentence(change: DiskChange, held: boolean): string {
  if (change.state === 'deleted') return `${change.name} was deleted on disk.`;
  if (change.problem) return `${change.name} changed on disk and cannot be shown: ${change.problem}`;
  if (change.state === 'added' && !held) return `${change.name} appeared on disk.`;
  return `${change.name} changed on disk.`;
}

function hint(change: DiskChange, held: boolean): string {
  if (change.state === 'deleted') return 'Keep mine writes the studio’s copy back on the next save.';
  if (change.problem) return 'Keep mine overwrites it with the studio’s copy on the next save.';
  if (!held) return 'Reload opens the connector again to show it.';
  return 'Reload shows the new text (Undo brings yours back); Keep mine overwrites it on the next save.';
}

export function DiskChangeBanner({ changes, holds, onReload, onKeepMine }: Props) {
  if (!changes.length) return null;
  return (
    <div className="disk-changes">
      {changes.map((change) => {
        const held = holds(change.name);
        const canReload = change.state !== 'deleted' && change.file !== undefined;
        return (
          <section key={change.name} className="disk-change" role="alert" aria-label={`${change.name} changed on disk`}>
            <p>
              <strong>{sentence(change, held)}</strong> {hint(change, held)}
            </p>
            <div className="disk-change-buttons">
              {canReload ? (
                <button type="button" onClick={() => onReload(change)}>
                  Reload
                </button>
              ) : null}
              <button type="button" className="quiet" onClick={() => onKeepMine(change)}>
                Keep mine
              </button>
            </div>
          </section>
        );
      })}
    </div>
  );
}
