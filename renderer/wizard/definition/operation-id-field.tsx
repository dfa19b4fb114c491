// The Operation ID field. Typing renames the operation live; leaving the field, when other places
// named the old ID (dynamic values and schemas, capabilities, policy templates, scriptOperations),
// offers to update them too, in the same undo step as the rename (in both files: see renderer/session/linked-undo.ts's
// linked steps). What names the old ID is read from the operation detail (a worker's answer) the
// field has when it is left, or the next one when it has none yet: any detail will do, from before
// or after the rename reached it, so a slow worker delays the offer but never loses it.
import { useEffect, useRef, useState } from 'react';
import type { OperationDetail } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import { TextField } from '../fields/text-field';
import { type Offer, type Rename, renameOffer } from './rename-offer';

interface Props {
  pointer: string;
  value: string;
  detail: OperationDetail | undefined;
}

export function OperationIdField({ pointer, value, detail }: Props) {
  const session = useTabSession();
  const field = `${pointer}/operationId`;
  // What the field held when this visit's first change was made.
  const start = useRef<string | null>(null);
  // A rename whose offer waits for an operation detail.
  const [pending, setPending] = useState<Rename | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);

  useEffect(() => {
    if (!pending || !detail || detail.pointer !== pointer) return;
    setPending(null);
    const next = renameOffer(pending, detail);
    // The rename's undo step stays open until the offer is taken or declined.
    if (next) setOffer(next);
    else session.endEditGroup();
  }, [pending, detail, pointer, session]);

  const onChange = (next: string) => {
    if (start.current === null) start.current = value;
    setOffer(null);
    setPending(null);
    session.edit('definition', field, { kind: 'set', pointer: field, value: next });
  };
  const onCommit = (next: string) => {
    const from = start.current;
    start.current = null;
    if (next === '') session.edit('definition', field, { kind: 'remove', pointer: field });
    if (from !== null && from !== '' && next !== '' && next !== from) {
      setPending({ from, to: next });
      return;
    }
    session.endEditGroup();
  };
  const update = (o: Offer) => {
    session.edit('definition', field, {
      kind: 'definition',
      change: { kind: 'rename-operation', file: 'definition', pointer, from: o.from, to: o.to },
    });
    if (o.properties)
      session.edit('properties', `${field}:references`, {
        kind: 'definition',
        change: { kind: 'rename-operation', file: 'properties', from: o.from, to: o.to },
      });
    session.endEditGroup();
    setOffer(null);
  };
  const leave = () => {
    session.endEditGroup();
    setOffer(null);
  };
  return (
    <>
      <TextField
        label="Operation ID"
        value={value}
        code
        hint="operationId: unique, letters and digits. Dynamic values, capabilities, policies and scriptOperations that name it can follow a rename."
        onChange={onChange}
        onCommit={onCommit}
      />
      {offer ? (
        <div className="rename-offer" role="status">
          <p>
            {offer.definition + offer.properties === 1 ? '1 reference names' : `${offer.definition + offer.properties} references name`}{' '}
            <code>{offer.from}</code> ({offer.via.join(', ')}
            {offer.properties ? `; ${offer.properties} in apiProperties.json` : ''}).
          </p>
          <div className="button-row">
            <button type="button" onClick={() => update(offer)}>
              Also update {offer.definition + offer.properties === 1 ? '1 reference' : `${offer.definition + offer.properties} references`}
            </button>
            <button type="button" className="secondary" onClick={leave}>
              Leave them
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
