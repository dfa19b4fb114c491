// A file dropped on the window (use-file-drop.ts reads it), as the Import dialog receives it.

export interface DroppedFile {
  name: string;
  base64: string;
  bytes: number;
}
