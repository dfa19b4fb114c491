// The portal's Visibility choices (x-ms-visibility; none writes no key).
import type { Visibility } from '../../../shared/core/model';

export const VISIBILITY: readonly { value: Visibility; label: string }[] = [
  { value: 'none', label: 'none' },
  { value: 'advanced', label: 'advanced' },
  { value: 'internal', label: 'internal' },
  { value: 'important', label: 'important' },
];
