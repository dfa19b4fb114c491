// The File menu's dialogs (New connector, Import, Export package) share one state: which one is open,
// whether it is working, its one error sentence, a dropped file to import, and for Export whether the
// next Export replaces a connector and what the last one wrote. These change together, so one reducer
// holds them.
import type { ResponseOf } from '../../shared/contracts/ipc';
import type { DroppedFile } from './dropped-file';

/** What Import reads: a file by path, or a dropped file's name and bytes. */
export type ImportSource = { kind: 'path'; path: string } | { kind: 'content'; name: string; base64: string };

/** An import refused because references lead out of the file's folder: the wider folder to ask about. */
export interface WiderRootAsk {
  folder: string;
  references: string[];
  /** The import to run again once allowed. */
  source: ImportSource;
  dir: string;
}

export type DialogName = 'new' | 'import' | 'export';

export interface DialogState {
  open: DialogName | undefined;
  busy: boolean;
  error: string | undefined;
  /** A file dropped on the window, for the Import dialog. */
  dropped: DroppedFile | undefined;
  /** Set when the export folder already holds connector files: the next Export replaces them. */
  confirmReplace: boolean;
  exported: ResponseOf<'exportPackage'> | undefined;
  /** For Import: whether to allow references under a wider folder. */
  widerRoot: WiderRootAsk | undefined;
}

export type DialogAction =
  /** Opens a dialog afresh; a dropped file is kept only for Import. */
  | { type: 'show'; dialog: DialogName }
  /** A file was dropped on the window: Import opens with it. */
  | { type: 'drop'; file: DroppedFile }
  /** The dialog is done with (closed, or its import done): the dropped file goes too. */
  | { type: 'close' }
  /** The dialog's work is done (a connector created): the dialog goes, nothing else changes. */
  | { type: 'hide' }
  /** Its work starts: busy, the last error gone. */
  | { type: 'start' }
  /** Its work has ended, done or failed. */
  | { type: 'finish' }
  /** A sentence for the person; for Export, whether the next Export replaces the folder's connector. */
  | { type: 'error'; message: string; confirmReplace?: boolean }
  | { type: 'exported'; result: ResponseOf<'exportPackage'> }
  /** Import asks whether references may reach a wider folder (answered by a new import, or dismissed). */
  | { type: 'ask-wider-root'; ask: WiderRootAsk | undefined }
  /** The export folder was edited: no replacing without asking again. */
  | { type: 'target-changed' };

export const NO_DIALOG: DialogState = {
  open: undefined,
  busy: false,
  error: undefined,
  dropped: undefined,
  confirmReplace: false,
  exported: undefined,
  widerRoot: undefined,
};

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'show':
      return {
        open: action.dialog,
        busy: false,
        error: undefined,
        dropped: action.dialog === 'import' ? state.dropped : undefined,
        confirmReplace: false,
        exported: undefined,
        widerRoot: undefined,
      };
    case 'drop':
      return { ...state, open: 'import', busy: false, error: undefined, dropped: action.file };
    case 'close':
      return { ...state, open: undefined, dropped: undefined, widerRoot: undefined };
    case 'hide':
      return { ...state, open: undefined };
    case 'start':
      return { ...state, busy: true, error: undefined, widerRoot: undefined };
    case 'finish':
      return { ...state, busy: false };
    case 'error':
      return { ...state, error: action.message, ...(action.confirmReplace === undefined ? {} : { confirmReplace: action.confirmReplace }) };
    case 'exported':
      return { ...state, exported: action.result };
    case 'ask-wider-root':
      return { ...state, widerRoot: action.ask };
    case 'target-changed':
      return { ...state, confirmReplace: false, error: undefined };
  }
}
