// The Operation ID field. Typing renames the operation live; leaving the field, when other places
// named the old ID (dynamic values and schemas, capabilities, policy templates, scriptOperations),
// offers to update them too, in the same undo step as the rename (in both files: see renderer/session/linked-undo.ts's
// linked steps).
import { useRef, useState } from 'react';
import type { OperationDetail } from '../../../shared/editing/definition-edits';
import { useTabSession } from '../../session/session-context';
import { TextField } from '../fields/text-field';

interface Props {
  pointer: string;
  value: string;
  detail: OperationDetail | undefined;
}

interface Offer {
  from: string;
  to: string;
  definition: number;
  properties: number;
  via: string[];
}

export function OperationIdField({ pointer, value, detail }: Props) {
  const session = useTabSession();
  const field = `${pointer}/operationId`;
  // What the field held, and what named it, when this visit's first change was made.
  const start = useRef<{ id: string; detail: OperationDetail | undefined } | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);

  const onChange = (next: string) => {
    if (!start.current) start.current = { id: value, detail };
    setOffer(null);
    session.edit('definition', field, { kind: 'set', pointer: field, value: next });
  };
  const onCommit = (next: string) => {
    const was = start.current;
    start.current = null;
    if (next === '') session.edit('definition', field, { kind: 'remove', pointer: field });
    const refs = was?.detail?.operationId === was?.id ? was?.detail?.references : undefined;
    const count = (refs?.definition.length ?? 0) + (refs?.properties.length ?? 0);
    // Another operation still carries the old ID: the references may be meant for it.
    const stillUsed = (was?.detail?.sameIdCount ?? 0) > 1;
    if (was && refs && count > 0 && next !== '' && next !== was.id && !stillUsed) {
      // The rename's undo step stays open until the offer is taken or declined.
      setOffer({
        from: was.id,
        to: next,
        definition: refs.definition.length,
        properties: refs.properties.length,
        via: [...new Set([...refs.definition, ...refs.properties].map((r) => r.via))],
      });
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
