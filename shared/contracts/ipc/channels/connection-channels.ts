// Channels of the secret store and the saved test connections (main/services/connection-handlers.ts).
// Secret values travel only renderer -> main, to be stored; no channel ever answers with one.
import { z } from 'zod';
import { absolutePath, entryName } from './common';

const printable = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters');

/** Where secrets go right now. 'unavailable' until the user chooses session-only (or fixes the keychain). */
export const secretStoreStatusSchema = z.object({
  state: z.enum(['keychain', 'session-only', 'unavailable']),
  /** One sentence for the UI: why unavailable, or the session-only warning. */
  message: z.string(),
});

export const savedConnectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Non-secret connection parameter values (kept in the per-user app data folder). */
  values: z.record(z.string(), z.string()),
  /** Names of the secret parameters that have a value in the secret store (never the values). */
  secretNames: z.array(z.string()),
  updatedAt: z.string(),
});

const secretValue = z.string().max(64 * 1024);

export const connectionChannels = {
  secretStoreStatus: {
    request: z.object({}).strict(),
    response: secretStoreStatusSchema,
  },
  /** The user's explicit choice when the keychain is unavailable: keep secrets in memory until quit. */
  useSessionOnlySecrets: {
    request: z.object({}).strict(),
    response: secretStoreStatusSchema,
  },
  listConnections: {
    request: z.object({ dir: absolutePath }).strict(),
    response: z.object({ connections: z.array(savedConnectionSchema) }),
  },
  /** Creates (no id) or updates (id: edit, rename) a connection. In `secrets`, a string stores the
   * value, null deletes it, a missing name keeps what is stored. */
  saveConnection: {
    request: z
      .object({
        dir: absolutePath,
        id: z.string().max(100).optional(),
        name: printable(200),
        values: z.record(entryName, z.string().max(8192)),
        secrets: z.record(entryName, secretValue.nullable()),
      })
      .strict(),
    response: savedConnectionSchema,
  },
  deleteConnection: {
    request: z.object({ dir: absolutePath, id: z.string().max(100) }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Connector-level secrets the Security tab edits (the OAuth client secret), never written to a file. */
  connectorSecretNames: {
    request: z.object({ dir: absolutePath }).strict(),
    response: z.object({ names: z.array(z.string()) }),
  },
  setConnectorSecret: {
    request: z.object({ dir: absolutePath, name: entryName, value: secretValue.nullable() }).strict(),
    response: z.object({ names: z.array(z.string()) }),
  },
} as const;
