// The File menu's dialog that is open, if any: New connector, Import or Export package. The folder
// and file pickers are offered where the host has them.
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';
import { NewConnectorDialog } from './new-connector-dialog';
import type { ConnectorDialogs as Dialogs } from './use-connector-dialogs';

interface Props {
  dialogs: Dialogs;
  /** Where to suggest new folders: the parent of the current or last connector. */
  baseDir: string;
  /** The folder of the connector shown, for Export. */
  here: string | undefined;
  /** The native dialogs (desktop) or the in-page picker (browser host); `start` is where it opens. */
  pickers: { pickFolder(start?: string): Promise<string | null>; pickFile(start?: string): Promise<string | null> } | undefined;
  /** The pickers' button: Choose… for a native dialog, Browse… for the in-page one. */
  chooseLabel?: string;
}

export function ConnectorDialogs({ dialogs, baseDir, here, pickers, chooseLabel }: Props) {
  const { open, busy, error, dropped, confirmReplace, exported, widerRoot } = dialogs.state;
  if (open === 'new') {
    return (
      <NewConnectorDialog
        baseDir={baseDir}
        busy={busy}
        error={error}
        {...(pickers ? { onChooseFolder: pickers.pickFolder, chooseLabel } : {})}
        onCreate={(r) => void dialogs.create(r)}
        onClose={dialogs.close}
      />
    );
  }
  if (open === 'import') {
    return (
      <ImportDialog
        key={dropped ? `drop-${dropped.name}-${dropped.bytes}` : 'path'}
        dropped={dropped}
        baseDir={baseDir}
        busy={busy}
        error={error}
        {...(pickers ? { onChooseFile: pickers.pickFile, onChooseFolder: pickers.pickFolder, chooseLabel } : {})}
        widerRoot={widerRoot}
        onImport={(source, dir) => void dialogs.importFile(source, dir)}
        onAllowRoot={(ask) => void dialogs.importFile(ask.source, ask.dir, ask.folder)}
        onKeepRoot={dialogs.keepRoot}
        onClose={dialogs.close}
      />
    );
  }
  if (open === 'export' && here) {
    return (
      <ExportDialog
        suggested={`${here.replace(/[\\/]+$/, '')}-package`}
        busy={busy}
        error={error}
        confirmReplace={confirmReplace}
        result={exported}
        {...(pickers ? { onChooseFolder: pickers.pickFolder, chooseLabel } : {})}
        onExport={(target, overwrite) => void dialogs.exportTo(target, overwrite)}
        onTargetChange={dialogs.targetChanged}
        onClose={dialogs.close}
      />
    );
  }
  return null;
}
