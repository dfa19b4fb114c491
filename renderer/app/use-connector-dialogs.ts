// What the File menu's dialogs do: create a connector from a template, import an API description
// (by path or dropped), export the package of the connector shown. A created or imported connector
// replaces the one shown, after asking when that would lose unsaved changes.
import { useCallback, useReducer } from 'react';
import { StudioError, type ConnectorFileName, type OpenedConnector, type StudioApi, type TextFile } from '../../shared/contracts/ipc';
import { errorMessage } from '../../shared/core/error-message';
import { dialogReducer, NO_DIALOG, type DialogName } from './dialog-state';
import { EDITED_FILES } from './edited-files';
import type { ImportSource } from './import-dialog';
import type { NewConnectorRequest } from './new-connector-dialog';
import type { ConnectorShown } from './use-connector-session';
import type { DroppedFile } from './dropped-file';

export type ConnectorDialogs = ReturnType<typeof useConnectorDialogs>;

export function useConnectorDialogs(api: StudioApi, connector: ConnectorShown, adopt: (opened: OpenedConnector) => Promise<void>) {
  const { mayReplace, setImportOutcome, sessionRef, openedRef } = connector;
  const [state, dispatch] = useReducer(dialogReducer, NO_DIALOG);

  const show = useCallback((dialog: DialogName) => dispatch({ type: 'show', dialog }), []);
  const close = useCallback(() => dispatch({ type: 'close' }), []);
  const drop = useCallback((file: DroppedFile) => dispatch({ type: 'drop', file }), []);
  const targetChanged = useCallback(() => dispatch({ type: 'target-changed' }), []);
  const refuse = (message: string) => dispatch({ type: 'error', message });

  const create = async (request: NewConnectorRequest) => {
    if (!request.title.trim()) return refuse('Give the connector a name.');
    if (!request.dir) return refuse('Type the folder to create the connector in.');
    if (!mayReplace('Create a new connector')) return;
    dispatch({ type: 'start' });
    try {
      const opened = await api.createConnector({
        dir: request.dir,
        template: request.template,
        title: request.title.trim(),
        ...(request.host.trim() ? { host: request.host.trim() } : {}),
      });
      setImportOutcome(undefined);
      await adopt(opened);
      dispatch({ type: 'hide' });
    } catch (err) {
      refuse(errorMessage(err));
    } finally {
      dispatch({ type: 'finish' });
    }
  };

  /** Imports `source` into `dir`; `refRoot` is a wider folder for its references the user allowed. */
  const importFile = async (source: ImportSource, dir: string, refRoot?: string) => {
    if (source.kind === 'path' && !source.path) return refuse('Type the path of the file to import.');
    if (!dir) return refuse('Type the folder to write the connector to.');
    if (refRoot === undefined && !mayReplace('Import another')) return;
    dispatch({ type: 'start' });
    try {
      const reply = await api.importConnector({ source, dir, ...(refRoot !== undefined ? { refRoot } : {}) });
      if ('widerRoot' in reply) {
        // Nothing was imported: ask whether the references may reach the folder that holds them.
        const { folder, references } = reply.widerRoot;
        dispatch({ type: 'ask-wider-root', ask: { folder, references, source, dir } });
        return;
      }
      const name = source.kind === 'path' ? (source.path.split(/[\\/]/).pop() ?? source.path) : source.name;
      await adopt(reply.connector);
      setImportOutcome({ name, format: reply.format, notes: reply.notes });
      dispatch({ type: 'close' });
    } catch (err) {
      refuse(errorMessage(err));
    } finally {
      dispatch({ type: 'finish' });
    }
  };

  /** Exports the texts being edited (saved or not), in the encodings they were opened with, when they all parse. */
  const exportTo = async (target: string, overwrite: boolean) => {
    const current = sessionRef.current;
    const opened = openedRef.current;
    if (!current || !opened) return;
    if (!target) return refuse('Type the folder to write the package to.');
    // A package must open in paconn: a definition that does not parse is never exported.
    dispatch({ type: 'start' });
    const problems = await current.parseProblems();
    dispatch({ type: 'finish' });
    if (problems.length)
      return refuse(`Not exported: ${problems.join('; ')}; fix the text first, as paconn cannot open a package that does not parse.`);
    const files: Partial<Record<ConnectorFileName, TextFile>> = {};
    for (const { key, name } of EDITED_FILES) {
      const model = current.model(key);
      const was = opened.files[name];
      if (model) files[name] = { text: model.getValue(), encoding: was?.encoding ?? 'utf-8', bom: was?.bom ?? false };
    }
    dispatch({ type: 'start' });
    try {
      dispatch({ type: 'exported', result: await api.exportPackage({ dir: current.getSnapshot().dir, target, files, overwrite }) });
    } catch (err) {
      const message = errorMessage(err);
      const holdsConnector = err instanceof StudioError && err.code === 'target-has-connector';
      dispatch({
        type: 'error',
        message: holdsConnector ? `${message} Choose Replace and export to replace them.` : message,
        confirmReplace: holdsConnector,
      });
    } finally {
      dispatch({ type: 'finish' });
    }
  };

  /** The wider folder for references was refused: nothing is imported. */
  const keepRoot = () => {
    dispatch({ type: 'ask-wider-root', ask: undefined });
    refuse('Not imported: its references lead outside its folder. Move the files they point to beside it, or allow the wider folder.');
  };

  return { state, show, close, drop, targetChanged, create, importFile, keepRoot, exportTo };
}
