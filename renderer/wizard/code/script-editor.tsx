// script.csx in its own Monaco editor (C# highlighting only: the platform compiles the code when the
// connector is saved there, so no compile feedback exists offline). Read-only while code is disabled.
import { useEffect, useRef } from 'react';
import { monaco } from '../../editor/monaco';
import { useColorScheme } from '../../editor/use-color-scheme';
import type { ScriptFile } from './script-file';

interface Props {
  script: ScriptFile;
  readOnly: boolean;
  labelledBy: string;
  onSave(): void;
}

export function ScriptEditor({ script, readOnly, labelledBy, onSave }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor>(undefined);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;
  const scheme = useColorScheme();

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const editor = monaco.editor.create(el, {
      model: script.model,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 4,
      fixedOverflowWidgets: true,
      ariaLabel: 'script.csx, C# code editor',
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current());
    editorRef.current = editor;
    return () => {
      editor.dispose();
      editorRef.current = undefined;
    };
  }, [script]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, readOnlyMessage: { value: 'Custom code is disabled: enable it to edit the script.' } });
  }, [readOnly]);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  return <div ref={host} className="script-host" role="group" aria-labelledby={labelledBy} data-file="script.csx" />;
}
