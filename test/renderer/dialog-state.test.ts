import { describe, expect, it } from 'vitest';
import { dialogReducer, NO_DIALOG, type DialogAction, type DialogState } from '../../renderer/app/dialog-state';

const dropped = { name: 'petstore.postman.json', base64: 'e30=', bytes: 2 };
const exported: NonNullable<DialogState['exported']> = { target: '/tmp/out', written: ['apiDefinition.swagger.json'], report: [] };

function run(...actions: DialogAction[]): DialogState {
  return actions.reduce(dialogReducer, NO_DIALOG);
}

describe('the File menu dialogs state', () => {
  it('opens a dialog afresh: no busy flag, error, replace confirmation or export result left from before', () => {
    const before = run(
      { type: 'show', dialog: 'export' },
      { type: 'start' },
      { type: 'error', message: 'The folder holds a connector.', confirmReplace: true },
      { type: 'exported', result: exported },
    );
    expect(before).toMatchObject({ open: 'export', busy: true, error: 'The folder holds a connector.', confirmReplace: true, exported });
    expect(dialogReducer(before, { type: 'show', dialog: 'new' })).toEqual({ ...NO_DIALOG, open: 'new' });
  });

  it('a dropped file opens Import with it, and stays for Import only', () => {
    const withDrop = run(
      { type: 'show', dialog: 'new' },
      { type: 'start' },
      { type: 'error', message: 'Give the connector a name.' },
      { type: 'drop', file: dropped },
    );
    expect(withDrop).toMatchObject({ open: 'import', busy: false, error: undefined, dropped });
    expect(dialogReducer(withDrop, { type: 'show', dialog: 'import' }).dropped).toBe(dropped);
    expect(dialogReducer(withDrop, { type: 'show', dialog: 'export' }).dropped).toBeUndefined();
  });

  it('closing forgets the dropped file; hiding after a create keeps the rest', () => {
    const withDrop = run({ type: 'drop', file: dropped });
    expect(dialogReducer(withDrop, { type: 'close' })).toMatchObject({ open: undefined, dropped: undefined });
    expect(dialogReducer(withDrop, { type: 'hide' })).toMatchObject({ open: undefined, dropped });
  });

  it('work starts busy with the last error gone, and ends not busy with its error kept', () => {
    const failed = run(
      { type: 'show', dialog: 'import' },
      { type: 'error', message: 'Type the path of the file to import.' },
      { type: 'start' },
    );
    expect(failed).toMatchObject({ busy: true, error: undefined });
    const ended = run(
      { type: 'show', dialog: 'import' },
      { type: 'start' },
      { type: 'error', message: 'The file is not JSON or YAML.' },
      { type: 'finish' },
    );
    expect(ended).toMatchObject({ open: 'import', busy: false, error: 'The file is not JSON or YAML.' });
  });

  it('an error without a replace flag leaves the flag; editing the export folder clears flag and error', () => {
    const asked = run(
      { type: 'show', dialog: 'export' },
      { type: 'error', message: 'The folder holds a connector.', confirmReplace: true },
    );
    expect(dialogReducer(asked, { type: 'error', message: 'Type the folder to write the package to.' }).confirmReplace).toBe(true);
    expect(dialogReducer(asked, { type: 'error', message: 'The disk is full.', confirmReplace: false }).confirmReplace).toBe(false);
    expect(dialogReducer(asked, { type: 'target-changed' })).toMatchObject({ open: 'export', confirmReplace: false, error: undefined });
  });
});
