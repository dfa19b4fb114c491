// The tabs' stores of one open connector, made by its session on first use and ended with it: the
// Code tab's script, the General tab's icon, the certification checker (markers in the editor and the
// Certification tab), and the Test tab's operation runs and triggers. Each is a Store
// (renderer/session/store.ts) that its tab reads with useStore.
import type { OpenedConnector, StudioApi } from '../../shared/contracts/ipc';
import type { SessionDocuments } from '../session/session-documents';
import { CertificationClient } from '../wizard/certification/certification-client';
import { ScriptFile } from '../wizard/code/script-file';
import { IconFile } from '../wizard/general/icon-file';
import { currentTexts } from '../wizard/operation-runs/run-model';
import { TestStore } from '../wizard/operation-runs/run-store';
import { TriggerStore } from '../wizard/operation-runs/trigger-store';

export class SessionFeatures {
  private made: {
    script?: ScriptFile;
    icon?: IconFile;
    certification?: CertificationClient;
    runs?: TestStore;
    triggers?: TriggerStore;
  } = {};

  constructor(
    private readonly opened: OpenedConnector,
    private readonly documents: SessionDocuments,
    private readonly api: StudioApi,
    /** Runs `stop` when the connector is closed. */
    private readonly whenClosed: (stop: () => void) => void,
  ) {}

  /** script.csx: saved and disposed with the documents. */
  get script(): ScriptFile {
    return (this.made.script ??= new ScriptFile(this.opened.files['script.csx'], this.documents));
  }

  /** icon.png: saved and disposed with the documents. */
  get icon(): IconFile {
    return (this.made.icon ??= new IconFile(this.opened.iconBase64, this.documents));
  }

  /** The certification checker: its worker starts with it (the studio asks once the page is idle). */
  get certification(): CertificationClient {
    return (this.made.certification ??= new CertificationClient(this.documents, this.script, this.opened.iconBase64, this.opened.dir, {
      others: {
        ...(this.opened.files['README.md'] ? { readme: this.opened.files['README.md'].text } : {}),
        ...(this.opened.files['settings.json'] ? { settings: this.opened.files['settings.json'].text } : {}),
        ...(this.opened.files['script.csx'] ? { script: this.opened.files['script.csx'].text } : {}),
      },
      readProblems: this.opened.diagnostics,
    }));
  }

  get runs(): TestStore {
    return (this.made.runs ??= new TestStore(this.opened.dir, this.api));
  }

  /** Webhook receivers and repeating polls, stopped when the connector is closed. */
  get triggers(): TriggerStore {
    if (!this.made.triggers) {
      // The texts as edited, or undefined once the connector is closed (its models disposed).
      const texts = () => (this.documents.text('definition') === undefined ? undefined : currentTexts(this.documents));
      const triggers = (this.made.triggers = new TriggerStore(this.runs, this.api, texts));
      this.whenClosed(() => triggers.stopAll());
    }
    return this.made.triggers;
  }

  /** Ends what is not a companion file (those go with the documents). */
  dispose(): void {
    this.made.certification?.dispose();
  }
}
