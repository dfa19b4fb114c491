// The one IPC contract between the renderer and the main-side services. Electron's ipcMain, the
// preload bridge and the browser host all derive from this table: a channel not named here does not
// exist. Every request is validated with its schema on the main side before a service sees it.
import { z } from 'zod';
import { absolutePath, LIMITS } from './channels/common';
import { connectionChannels } from './channels/connection-channels';
import { oauthChannels } from './channels/oauth-channels';
import { testChannels } from './channels/test-channels';

export { LIMITS };

export const textEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

/** A text file as it travels: decoded text plus what is needed to write the same bytes back. */
export const textFileSchema = z.object({
  text: z.string().max(LIMITS.textFileBytes),
  encoding: textEncodingSchema,
  bom: z.boolean(),
});

/** Names of the files a connector folder holds (paconn / pac layout). */
export const connectorFileNameSchema = z.enum([
  'apiDefinition.swagger.json',
  'apiProperties.json',
  'script.csx',
  'settings.json',
  'README.md',
]);

export const fileDiagnosticSchema = z.object({
  file: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});


export const openedConnectorSchema = z.object({
  dir: z.string(),
  /** Text files present in the folder, keyed by their standard name. */
  files: z.partialRecord(connectorFileNameSchema, textFileSchema),
  /** `icon.png` as base64, when present. */
  iconBase64: z.string().optional(),
  /** Problems found while reading bytes (encoding fallbacks, binary data). JSON problems are the core's. */
  diagnostics: z.array(fileDiagnosticSchema),
});


const connectorChannels = {
  /** Which host serves the renderer, and the connector folder given on the command line, if any. */
  appInfo: {
    request: z.object({}).strict(),
    response: z.object({
      host: z.enum(['electron', 'browser']),
      version: z.string(),
      initialDir: z.string().optional(),
      canChooseFolder: z.boolean(),
    }),
  },
  /** Native folder picker (Electron only; the browser host answers null). */
  chooseConnectorFolder: {
    request: z.object({}).strict(),
    response: z.object({ dir: z.string().nullable() }),
  },
  openConnector: {
    request: z.object({ dir: absolutePath }).strict(),
    response: openedConnectorSchema,
  },
  /** Atomic save of the given text files into an existing folder. */
  saveConnector: {
    request: z
      .object({
        dir: absolutePath,
        files: z.partialRecord(connectorFileNameSchema, textFileSchema),
      })
      .strict(),
    response: z.object({ written: z.array(connectorFileNameSchema) }),
  },
} as const;

/** All channels, grouped by the service that answers them (main/services/*-handlers.ts). */
export const contract = { ...connectorChannels, ...connectionChannels, ...oauthChannels, ...testChannels } as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type TextFile = z.infer<typeof textFileSchema>;
export type ConnectorFileName = z.infer<typeof connectorFileNameSchema>;
export type OpenedConnector = z.infer<typeof openedConnectorSchema>;
export type FileDiagnostic = z.infer<typeof fileDiagnosticSchema>;

/** The typed API the renderer sees: one method per channel. */
export type StudioApi = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Every reply crosses the boundary wrapped, so a user-facing message survives the transport intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export const CHANNEL_PREFIX = 'studio:';
export const channelNames = Object.keys(contract) as Channel[];
