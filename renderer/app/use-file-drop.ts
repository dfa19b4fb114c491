// A file dropped anywhere on the window is read (up to the size of a definition) and handed over
// for import. Folders and several files at once are refused with a sentence.
import { useEffect, useRef, useState } from 'react';
import type { DroppedFile } from './dropped-file';

export const MAX_DROP_BYTES = 16 * 1024 * 1024;

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useFileDrop(onFile: (file: DroppedFile) => void, onError: (message: string) => void): boolean {
  const [over, setOver] = useState(false);
  const handlers = useRef({ onFile, onError });
  handlers.current = { onFile, onError };
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Before the editor, which would paste the file's text into the open file.
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length !== 1) {
        handlers.current.onError(
          files.length ? 'Drop one file at a time to import it.' : 'Only files can be imported; to open a connector folder, type its path.',
        );
        return;
      }
      const file = files[0]!;
      if (file.size > MAX_DROP_BYTES) {
        handlers.current.onError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB, larger than the 16 MB a dropped file can be.`);
        return;
      }
      file.arrayBuffer().then(
        (buffer) => handlers.current.onFile({ name: file.name, base64: toBase64(buffer), bytes: buffer.byteLength }),
        () => handlers.current.onError(`${file.name} could not be read; a folder cannot be dropped, only a file.`),
      );
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', overHandler, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', overHandler, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, []);
  return over;
}
