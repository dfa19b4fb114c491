// Applies a diagnostic's fix to the text of its file.
import { applyEdits } from '../../core/text';
import type { Fix } from './types';

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}
