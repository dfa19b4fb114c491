// The studio: the wizard's tabs with the form in the centre and the raw text on the right, both
// views of the same Monaco models. Loaded on demand (it brings Monaco), once a connector is open.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { RawEditor } from '../editor/raw-editor';
import { focusField, type FieldRequest } from '../wizard/certification/focus-field';
import { parameterFocusRequest, type ParameterFocusRequest } from '../wizard/definition/parameter-focus';
import { StudioCommandPalette } from './command-palette';
import type { AppCommand } from './command-palette-commands';
import type { ConnectorSession } from './connector-session';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from '../workers/editable-files';
import { ProblemBanners } from './problem-banners';
import { SessionProvider } from '../session/session-context';
import { useStore } from '../session/use-store';
import { SplitView } from './split-view';
import { panelId, StudioTabs, tabId } from './studio-tabs';
import { TABS, type TabContext, type TabId } from './tab-registry';
import { SaveQuestion } from './save-question';
import { SHOW_OPERATION_EVENT, type OperationRef } from './show-operation-event';
import { useSaveShortcut } from './use-save-shortcut';
import './studio.css';
import { useUnloadGuard } from './use-unload-guard';

interface Props {
  session: ConnectorSession;
  /** The File menu's commands, for the command palette. */
  fileCommands?: readonly AppCommand[];
}

export default function StudioView({ session, fileCommands }: Props) {
  const snapshot = useStore(session);
  const { form, files } = snapshot;
  const [tab, setTab] = useState<TabId>('general');
  const [ratio, setRatio] = useState(50);
  const [formHidden, setFormHidden] = useState(false);
  const [editorHidden, setEditorHidden] = useState(false);
  const [selected, setSelected] = useState<string>();

  const save = useCallback(() => void session.save(), [session]);
  useSaveShortcut(save);
  useUnloadGuard(snapshot.dirty);

  // An operation named from outside the view (an item of the import report).
  useEffect(() => {
    const onShow = (e: Event) => {
      const { method, path } = (e as CustomEvent<OperationRef>).detail;
      const op = session.getSnapshot().form?.operations.find((o) => o.method === method && o.path === path);
      if (!op) return;
      setSelected(op.pointer);
      setFormHidden(false);
      setTab('definition');
    };
    window.addEventListener(SHOW_OPERATION_EVENT, onShow);
    return () => window.removeEventListener(SHOW_OPERATION_EVENT, onShow);
  }, [session]);

  // The first action is selected until the person picks another.
  useEffect(() => {
    if (selected === undefined && form?.operations[0]) setSelected(form.operations[0].pointer);
  }, [form, selected]);

  // Certification markers follow the text whatever tab is open. The checker starts once the page is
  // idle after opening (at most a second later): its worker's start-up and first check on a large
  // connector would otherwise compete with the editor and the form for the CPU while they load.
  useEffect(() => {
    const start = () => void session.features.certification;
    if (typeof requestIdleCallback !== 'function') return start();
    const id = requestIdleCallback(start, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [session]);

  // Timing: the form has rendered the state the worker sent.
  useLayoutEffect(() => session.formRendered(snapshot.formVersion), [session, snapshot.formVersion]);

  useEffect(() => {
    const name = snapshot.title ?? 'Untitled connector';
    document.title = `${snapshot.dirty ? '• ' : ''}${name} - Connector Studio`;
    return () => {
      document.title = 'Connector Studio';
    };
  }, [snapshot.title, snapshot.dirty]);

  const reveal = useCallback(
    (file: EditableFile, at: { offset: number; length: number } | { line: number; column: number }) => {
      setEditorHidden(false);
      // Let the editor pane lay out before revealing in it.
      requestAnimationFrame(() => {
        const range = 'offset' in at ? at : { offset: session.offsetOf(file, at.line, at.column), length: 0 };
        session.reveal(file, range.offset, range.length);
      });
    },
    [session],
  );

  const toggleForm = () => {
    setFormHidden(!formHidden);
    if (!formHidden && editorHidden) setEditorHidden(false);
  };
  const toggleEditor = () => {
    setEditorHidden(!editorHidden);
    if (!editorHidden && formHidden) setFormHidden(false);
  };

  const [parameterFocus, setParameterFocus] = useState<ParameterFocusRequest>();
  const showInForm = useCallback((id: string, field: FieldRequest | undefined) => {
    const shown = TABS.find((t) => t.id === id);
    if (!shown) return;
    setTab(shown.id);
    // A parameter's, response's or schema property's field: the Definition tab opens its form, then focuses it.
    if (field?.item) setParameterFocus(parameterFocusRequest(field.item, field.label, field.line));
    else if (field) requestAnimationFrame(() => focusField(panelId(shown.id), field.label, field.within));
  }, []);

  const definitionLocked = files.definition?.hasErrors ?? true;
  const propertiesLocked = files.properties?.hasErrors ?? true;
  const context = (f: NonNullable<typeof form>): TabContext => ({
    form: f,
    features: session.features,
    definitionLocked,
    propertiesLocked,
    selected,
    onSelect: setSelected,
    onReveal: reveal,
    onShowInForm: showInForm,
    parameterFocus,
    onSave: save,
  });

  // The tabs receive the session through context, as the narrow interfaces of session/editing.ts.
  const formPane = (
    <SessionProvider session={session}>
      <StudioTabs active={tab} onChange={setTab} />
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={panelId(t.id)}
          aria-labelledby={tabId(t.id)}
          hidden={t.id !== tab}
          className="tab-panel"
          tabIndex={0}
        >
          {t.id === tab && form ? t.render(context(form)) : null}
          {t.id === tab && !form ? <p className="status">Reading the connector…</p> : null}
        </div>
      ))}
    </SessionProvider>
  );

  const editorPane = (
    <>
      <div className="editor-toolbar">
        <div role="group" aria-label="File shown in the editor" className="file-switch">
          {EDITABLE_FILES.filter((k) => session.hasFile(k)).map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={snapshot.activeFile === k}
              className="file-button"
              onClick={() => session.setActiveFile(k)}
            >
              {FILE_NAMES[k]}
              {files[k]?.dirty ? <span className="dirty-dot" aria-label="(unsaved)" role="img" /> : null}
            </button>
          ))}
        </div>
        <p className="editor-hint">Ctrl+M switches Tab between indenting and moving focus out of the editor.</p>
      </div>
      <RawEditor host={session} fileName={FILE_NAMES[snapshot.activeFile]} onSave={save} />
    </>
  );

  return (
    <div className="studio">
      <div className="studio-toolbar">
        <h1 className="connector-title">{snapshot.title ?? 'Untitled connector'}</h1>
        <p className="save-state" role="status">
          {snapshot.saving
            ? 'Saving…'
            : snapshot.dirty
              ? 'Unsaved changes'
              : snapshot.saveMessage?.kind === 'done'
                ? snapshot.saveMessage.text
                : 'No unsaved changes'}
        </p>
        <div className="toolbar-buttons">
          <StudioCommandPalette
            session={session}
            form={form}
            activeTab={tab}
            onTab={setTab}
            formHidden={formHidden}
            editorHidden={editorHidden}
            onToggleForm={toggleForm}
            onToggleEditor={toggleEditor}
            onSave={save}
            onSelectOperation={setSelected}
            {...(fileCommands ? { fileCommands } : {})}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => session.undo()}
            title="Undo the last change in the file shown (Ctrl+Z in the editor)"
          >
            Undo
          </button>
          <button type="button" className="secondary" onClick={() => session.redo()} title="Redo (Ctrl+Shift+Z in the editor)">
            Redo
          </button>
          <button type="button" className="secondary" aria-expanded={!formHidden} aria-controls="studio-form" onClick={toggleForm}>
            {formHidden ? 'Show form' : 'Hide form'}
          </button>
          <button type="button" className="secondary" aria-expanded={!editorHidden} aria-controls="studio-editor" onClick={toggleEditor}>
            {editorHidden ? 'Show editor' : 'Hide editor'}
          </button>
          <button type="button" onClick={save} disabled={snapshot.saving} aria-keyshortcuts="Control+S">
            Save
          </button>
        </div>
      </div>
      {snapshot.saveMessage?.kind === 'error' ? (
        <p role="alert" className="error">
          {snapshot.saveMessage.text}
        </p>
      ) : null}
      {snapshot.editError ? (
        <p role="alert" className="error">
          {snapshot.editError}
        </p>
      ) : null}
      <ProblemBanners snapshot={snapshot} onReveal={reveal} />
      {snapshot.saveQuestion !== undefined ? (
        <SaveQuestion
          question={snapshot.saveQuestion.text}
          parses={snapshot.saveQuestion.parses}
          onSaveAnyway={() => void session.answerSaveQuestion(true)}
          onCancel={() => void session.answerSaveQuestion(false)}
        />
      ) : null}
      <SplitView
        ratio={ratio}
        onRatioChange={setRatio}
        formHidden={formHidden}
        editorHidden={editorHidden}
        form={formPane}
        editor={editorPane}
        formId="studio-form"
        editorId="studio-editor"
      />
    </div>
  );
}
