// "New action": adds an operation (verb, URL, operation ID, summary) and selects it.
import { useState } from 'react';
import type { OperationRow } from '../../../shared/editing/form-state';
import { OperationDialog } from './operation-dialogs';

interface Props {
  operations: readonly OperationRow[];
  disabled: boolean;
  onSelect(pointer: string): void;
}

export function NewOperationButton({ operations, disabled, onSelect }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="new-operation" disabled={disabled} onClick={() => setOpen(true)}>
        New action
      </button>
      {open ? (
        <OperationDialog
          operations={operations}
          onDone={(pointer) => {
            setOpen(false);
            if (pointer) onSelect(pointer);
          }}
        />
      ) : null}
    </>
  );
}
