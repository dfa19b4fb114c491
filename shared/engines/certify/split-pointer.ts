// JSON pointer -> segments, for the checker's hot paths: like the text core's parsePointer, without
// its "#/" form.
import { unescapeSegment } from '../../core/text';

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 47) throw new Error(`"${pointer}" is not a JSON pointer (it must start with "/")`);
  const segments = pointer.slice(1).split('/');
  for (let i = 0; i < segments.length; i++) {
    segments[i] = unescapeSegment(segments[i]!);
  }
  return segments;
}
