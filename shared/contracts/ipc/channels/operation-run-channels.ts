// Channels of operation testing (main/services/operation-run-handlers.ts): run an operation against the live
// API, its history, and triggers (a local webhook receiver, polling). Results are masked in main
// before they cross: no secret value is ever in a reply.
import { z } from 'zod';
import { absolutePath, connectorTextsSchema } from './common';

const stringMap = z.record(z.string(), z.string());

export const operationTestResultSchema = z.object({
  operation: z.string(),
  method: z.string(),
  path: z.string(),
  outcome: z.enum(['passed', 'failed']),
  problems: z.array(z.string()),
  notes: z.array(z.string()),
  request: z.object({ method: z.string(), url: z.string(), headers: stringMap, curl: z.string() }).optional(),
  response: z
    .object({
      status: z.number(),
      statusText: z.string(),
      headers: stringMap,
      body: z.string(),
      bytes: z.number(),
      truncated: z.boolean(),
      url: z.string(),
      redirects: z.array(z.object({ status: z.number(), from: z.string(), to: z.string() })),
      timing: z.object({
        dnsMs: z.number().optional(),
        connectMs: z.number().optional(),
        tlsMs: z.number().optional(),
        firstByteMs: z.number().optional(),
        totalMs: z.number(),
      }),
    })
    .optional(),
  check: z
    .object({
      responseKey: z.string().optional(),
      schemaPointer: z.string().optional(),
      checked: z.boolean(),
      omitted: z.number(),
      notes: z.array(z.string()),
      mismatches: z.array(
        z.object({
          kind: z.string(),
          path: z.string(),
          schemaPointer: z.string(),
          keywordPointer: z.string(),
          message: z.string(),
          expected: z.string().optional(),
          actual: z.string().optional(),
          file: z.string(),
          line: z.number(),
          column: z.number(),
        }),
      ),
    })
    .optional(),
});

/** What a test runs: one operation of the connector as edited, its inputs, and a saved connection. */
const runRequest = connectorTextsSchema.extend({
  dir: absolutePath,
  /** The operationId, or for an operation without one, "METHOD /path". */
  operation: z.string().min(1).max(1000),
  /** Parameter values by parameter name, as typed (converted by the request builder). */
  inputs: z.record(z.string().max(1000), z.string().max(16 * 1024 * 1024)),
  connectionId: z.string().max(100).optional(),
  timeoutMs: z
    .number()
    .int()
    .min(100)
    .max(10 * 60_000)
    .optional(),
});

export const historyEntrySchema = z.object({
  at: z.string(),
  connectionName: z.string().optional(),
  result: operationTestResultSchema,
});

export const webhookNotificationSchema = z.object({
  seq: z.number().int(),
  receivedAt: z.string(),
  method: z.string(),
  headers: stringMap,
  /** The body as text (pretty-printed JSON), cut at the receiver's size cap. */
  body: z.string(),
  truncated: z.boolean(),
});

export const testChannels = {
  runOperationTest: {
    request: runRequest.strict(),
    response: operationTestResultSchema,
  },
  /** Past runs of one operation, newest first, as stored (already masked). */
  listTestHistory: {
    request: z.object({ dir: absolutePath, operation: z.string().min(1).max(1000) }).strict(),
    response: z.object({ entries: z.array(historyEntrySchema) }),
  },
  clearTestHistory: {
    request: z.object({ dir: absolutePath, operation: z.string().min(1).max(1000).optional() }).strict(),
    response: z.object({ cleared: z.number() }),
  },
  /** Starts a receiver on 127.0.0.1 and registers it through the webhook trigger operation. */
  startWebhookTrigger: {
    request: runRequest.strict(),
    response: z.object({ receiverId: z.string(), callbackUrl: z.string(), registration: operationTestResultSchema }),
  },
  webhookNotifications: {
    request: z.object({ receiverId: z.string().max(100), afterSeq: z.number().int().min(0).default(0) }).strict(),
    response: z.object({ active: z.boolean(), notifications: z.array(webhookNotificationSchema) }),
  },
  /** Stops the receiver (and calls the trigger's delete operation when the definition names one). */
  stopWebhookTrigger: {
    request: z.object({ receiverId: z.string().max(100) }).strict(),
    response: z.object({ stopped: z.boolean(), notes: z.array(z.string()) }),
  },
  /** One polling request: what came back and whether the trigger would fire (and with which items). */
  pollTrigger: {
    request: runRequest
      .extend({
        /** The trigger state (the value of the pollingtrigger's state) from the previous poll. */
        state: z.string().max(8192).optional(),
      })
      .strict(),
    response: z.object({
      result: operationTestResultSchema,
      wouldFire: z.boolean(),
      itemCount: z.number().int(),
      nextState: z.string().optional(),
      retryAfterSeconds: z.number().optional(),
      notes: z.array(z.string()),
    }),
  },
} as const;
