import type { Finding } from '../types';

/** An icon finding: about icon.png as a whole (a binary file has no line to point at). */
export function iconFinding(message: string): Finding {
  return { file: 'icon', pointer: '', message };
}
