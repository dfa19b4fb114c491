// Schemas every channel group uses. Kept apart from contract.ts so the groups can import them
// without a cycle.
import { z } from 'zod';

/** Limits applied to anything crossing the boundary (hostile-input rule). */
export const LIMITS = {
  pathChars: 4096,
  /** Largest text file accepted from the renderer (the platform's own limit is 1 MB per definition). */
  textFileBytes: 16 * 1024 * 1024,
  iconBytes: 1024 * 1024,
} as const;

/** `/x` (POSIX), `C:\x` or `C:/x` (a Windows drive), `\\server\share` (UNC). */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]/.test(p);
}

/** A path main acts on: never relative, which main would resolve against its own working folder. */
export const absolutePath = z
  .string()
  .min(1)
  .max(LIMITS.pathChars)
  .refine((p) => !p.includes('\0'), 'path must not contain NUL')
  .refine(isAbsolutePath, 'path must be absolute');

/** Connection and secret names: short, printable, never a path separator (they name keychain entries). */
export const entryName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\u0000-\u001f/]/.test(s), 'name must be printable and contain no "/"');

/** A connector's definition and properties as currently edited (possibly unsaved), sent for a test. */
export const connectorTextsSchema = z.object({
  definitionText: z.string().max(LIMITS.textFileBytes),
  propertiesText: z.string().max(LIMITS.textFileBytes).optional(),
});
