// The raw editor: one Monaco editor showing the session's model for the active file. The models
// belong to the session (they outlive the editor when its pane is hidden); this only shows them.
import { useEffect, useRef } from 'react';
import type { ConnectorSession } from '../studio/connector-session';
import type { EditableFile } from '../workers/editable-files';
import { FILE_NAMES } from '../workers/editable-files';
import { certificationOf } from '../wizard/certification/certification-client';
import { monaco } from './monaco';
import { useColorScheme } from './use-color-scheme';

interface Props {
  session: ConnectorSession;
  activeFile: EditableFile;
  onSave(): void;
}

export function RawEditor({ session, activeFile, onSave }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor>(undefined);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;
  const scheme = useColorScheme();

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const editor = monaco.editor.create(el, {
      model: null,
      automaticLayout: true,
      theme: window.matchMedia('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs',
      // Section headers come from `#region` and `MARK:` comments, which JSON has none of; looking for
      // them still walks the decorations of every line the minimap shows, on each of its renders.
      minimap: { enabled: true, renderCharacters: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      wordWrap: 'off',
      fixedOverflowWidgets: true,
      stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel' },
      ariaLabel: 'Text editor',
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current());
    editorRef.current = editor;
    session.attachEditor(editor);
    return () => {
      session.detachEditor(editor);
      editor.dispose();
      editorRef.current = undefined;
    };
  }, [session]);

  // Certification markers follow the text whatever tab is open. The checker starts once the page is
  // idle after opening (at most a second later): its worker's start-up and first check on a large
  // connector would otherwise compete with the editor and the form for the CPU while they load.
  useEffect(() => {
    const start = () => void certificationOf(session);
    if (typeof requestIdleCallback !== 'function') return start();
    const id = requestIdleCallback(start, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [session]);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: `${FILE_NAMES[activeFile]}, text editor` });
  }, [activeFile]);

  return <div ref={host} className="monaco-host" data-file={FILE_NAMES[activeFile]} />;
}
