// The raw editor: one Monaco editor showing the session's model for the active file. The models
// belong to the session (they outlive the editor when its pane is hidden); this only shows them.
import { useEffect, useRef } from 'react';
import { monaco } from './monaco';
import { useColorScheme } from './use-color-scheme';

/** What shows its models in the editor (the session's editor view). */
export interface EditorHost {
  attachEditor(editor: monaco.editor.IStandaloneCodeEditor): void;
  detachEditor(editor: monaco.editor.IStandaloneCodeEditor): void;
}

interface Props {
  host: EditorHost;
  /** The name of the file shown (apiDefinition.swagger.json). */
  fileName: string;
  onSave(): void;
}

export function RawEditor({ host: editorHost, fileName, onSave }: Props) {
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
    // With Ctrl+M (Tab moves focus), Tab from the editor, the page's last control, would leave focus
    // on nothing: it goes round to the page's first control instead.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null) firstTabbable()?.focus();
      });
    };
    el.addEventListener('keydown', onKey, true);
    editorRef.current = editor;
    editorHost.attachEditor(editor);
    return () => {
      el.removeEventListener('keydown', onKey, true);
      editorHost.detachEditor(editor);
      editor.dispose();
      editorRef.current = undefined;
    };
  }, [editorHost]);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: `${fileName}, text editor` });
  }, [fileName]);

  return <div ref={host} className="monaco-host" data-file={fileName} />;
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

function firstTabbable(): HTMLElement | undefined {
  for (const el of document.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (el.tabIndex >= 0 && el.offsetParent !== null) return el;
  }
  return undefined;
}
