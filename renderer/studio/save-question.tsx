// The question a save asks before it writes a file that does not parse (it no longer opens in paconn
// or the Power Platform, and the studio opens it with its form locked), or one that parses only
// because the studio reads tolerantly (comments, trailing commas, duplicate keys: paconn may refuse
// it or read it differently). Cancel is where the focus starts, so Enter pressed in a hurry writes nothing.
import { ModalDialog } from '../ui/modal-dialog';

interface Props {
  /** The sentence: what does not parse or is not standard JSON, and where, ending "Save anyway?". */
  question: string;
  /** Every file parses, some only leniently. */
  parses?: boolean;
  onSaveAnyway(): void;
  onCancel(): void;
}

/** Marks the button showModal() focuses first. */
const focusFirst = (button: HTMLButtonElement | null) => button?.setAttribute('autofocus', '');

export function SaveQuestion({ question, parses = false, onSaveAnyway, onCancel }: Props) {
  return (
    <ModalDialog title={parses ? 'Save a file that is not standard JSON?' : 'Save a file that does not parse?'} onClose={onCancel}>
      <p>{question}</p>
      <div className="button-row">
        <button type="button" onClick={onSaveAnyway}>
          Save anyway
        </button>
        <button type="button" className="secondary" ref={focusFirst} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
