// The one IPC contract between the renderer and the main-side services. Electron's ipcMain, the
// preload bridge and the browser host all derive from this table: a channel not named here does not
// exist. Every request is validated with its schema on the main side before a service sees it.
import { z } from 'zod';
import { absolutePath, LIMITS } from './channels/common';
import { connectionChannels } from './channels/connection-channels';
import { oauthChannels } from './channels/oauth-channels';
import { testChannels } from './channels/operation-run-channels';
import { TEMPLATE_IDS } from '../../editing/connector-templates';

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
  /** A digest of each text file's bytes as read, to tell later whether another program changed it. */
  fingerprints: z.partialRecord(connectorFileNameSchema, z.string().max(128)).optional(),
});

/** What a file on disk is known to be: the fingerprint of its bytes when last read or written. */
export const fingerprintsSchema = z.partialRecord(connectorFileNameSchema, z.string().max(128));

/** A file another program changed, added or deleted since the studio last read or wrote it. */
export const diskChangeSchema = z.object({
  name: connectorFileNameSchema,
  state: z.enum(['changed', 'added', 'deleted']),
  fingerprint: z.string().optional(),
  /** The text now on disk (absent for a deleted file, or one that can no longer be read as text). */
  file: textFileSchema.optional(),
  /** Why the new content cannot be shown (too large, not text). */
  problem: z.string().optional(),
});

export const recentConnectorSchema = z.object({
  dir: z.string(),
  title: z.string().optional(),
  /** ISO 8601 time of the last open, create or import. */
  openedAt: z.string(),
  /** Set when the folder vanished or no longer holds a connector: one sentence. */
  missing: z.string().optional(),
});

/** Largest file taken by drag and drop (as base64, a third larger): the limit of a definition. */
const dropBase64Chars = Math.ceil((LIMITS.textFileBytes * 4) / 3) + 4;

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
  /**
   * One folder for the path picker (the page cannot read paths): its subfolders, marked when they
   * hold a connector, and with `files` the descriptions Import accepts (.json, .yaml, .yml). Without
   * `dir`, the remembered connectors folder (else the home folder). At most 500 entries; `more`
   * counts the rest. `home` and `connectorsHome` are the picker's starting places.
   */
  listFolder: {
    request: z
      .object({
        dir: absolutePath.optional(),
        files: z.boolean().default(false),
        hidden: z.boolean().default(false),
      })
      .strict(),
    response: z.object({
      dir: z.string(),
      parent: z.string().optional(),
      connector: z.boolean(),
      entries: z.array(z.object({ name: z.string(), kind: z.enum(['folder', 'file']), connector: z.boolean().optional() })),
      more: z.number().int().nonnegative(),
      home: z.string(),
      connectorsHome: z.string().optional(),
    }),
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
        /** Files to delete: only the custom code, when it is disabled (the portal deletes it too). */
        remove: z.array(z.literal('script.csx')).max(1).optional(),
        /** A new icon.png: the PNG's bytes as base64 (under LIMITS.iconBytes; checked again on the main side). */
        icon: z
          .string()
          .max(Math.ceil(LIMITS.iconBytes / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'icon must be base64')
          .optional(),
      })
      .strict(),
    response: z.object({ written: z.array(connectorFileNameSchema), fingerprints: fingerprintsSchema.optional() }),
  },
  /** A new connector folder from a template (refused where a connector already is), then opened. */
  createConnector: {
    request: z
      .object({
        dir: absolutePath,
        template: z.enum(TEMPLATE_IDS),
        title: z.string().trim().min(1).max(200),
        host: z.string().max(253).optional(),
      })
      .strict(),
    response: openedConnectorSchema,
  },
  /** Native file picker for an API description (Electron only; the browser host answers null). */
  chooseImportFile: {
    request: z.object({}).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  /**
   * Imports an OpenAPI 2/3 (JSON or YAML) or Postman file into a new connector folder, then opens
   * it. The file comes by path, or (drag and drop in a browser) as its bytes and name. External
   * references are followed only below the file's folder (or refRoot); see `widerRoot`.
   */
  importConnector: {
    request: z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('path'), path: absolutePath }).strict(),
          z
            .object({
              kind: z.literal('content'),
              name: z.string().min(1).max(255),
              base64: z.string().max(dropBase64Chars),
            })
            .strict(),
        ]),
        dir: absolutePath,
        /**
         * The folder external references may reach, when the user allowed one wider than the
         * description's own (after a `widerRoot` answer). Never the top of a disk.
         */
        refRoot: absolutePath.optional(),
      })
      .strict(),
    response: z.union([
      z.object({
        connector: openedConnectorSchema,
        /** What the source was: openapi2, openapi3, postman or folder. */
        format: z.string(),
        /** The importer's decisions, losses and warnings. */
        notes: z.array(
          z.object({
            kind: z.enum(['decision', 'loss', 'warning']),
            code: z.string(),
            message: z.string(),
            sourcePointer: z.string().optional(),
          }),
        ),
      }),
      /**
       * Nothing imported: relative references lead out of the description's folder (to nowhere
       * private). `folder` would reach them all; the studio asks before importing again with it as refRoot.
       */
      z.object({ widerRoot: z.object({ folder: z.string(), references: z.array(z.string()), message: z.string() }) }),
    ]),
  },
  /**
   * The connectors opened, created or imported last (at most 10, newest first), and the folder the
   * last one was created or imported into (where New and Import suggest theirs).
   */
  recentConnectors: {
    request: z.object({}).strict(),
    response: z.object({ entries: z.array(recentConnectorSchema), connectorsHome: z.string().optional() }),
  },
  forgetRecentConnector: {
    request: z.object({ dir: absolutePath }).strict(),
    response: z.object({ entries: z.array(recentConnectorSchema) }),
  },
  /**
   * Writes the connector's package (paconn / pac layout: definition, properties, settings.json,
   * README.md, icon, script) to a folder. `files` are the texts being edited, which replace those
   * on disk. Secrets are removed. A folder that already holds a connector is replaced only with
   * `overwrite`.
   */
  exportPackage: {
    request: z
      .object({
        dir: absolutePath,
        target: absolutePath,
        files: z.partialRecord(connectorFileNameSchema, textFileSchema).optional(),
        overwrite: z.boolean().default(false),
      })
      .strict(),
    response: z.object({
      target: z.string(),
      written: z.array(z.string()),
      report: z.array(z.object({ file: z.string(), action: z.string(), message: z.string() })),
    }),
  },
  /**
   * Which of the edited files (definition, properties) another program changed since they were read
   * or written: `known` holds the fingerprints the renderer has. The renderer asks on window focus
   * and every few seconds (polling: file-system events are unreliable on network and virtual drives).
   */
  checkConnectorChanges: {
    request: z.object({ dir: absolutePath, known: fingerprintsSchema }).strict(),
    response: z.object({ changes: z.array(diskChangeSchema) }),
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
/** importConnector's answer when it imported (not its widerRoot question). */
export type ImportedConnector = Extract<ResponseOf<'importConnector'>, { connector: unknown }>;
export type Fingerprints = z.infer<typeof fingerprintsSchema>;
export type DiskChange = z.infer<typeof diskChangeSchema>;
export type RecentConnector = z.infer<typeof recentConnectorSchema>;

/** The typed API the renderer sees: one method per channel. */
export type StudioApi = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Every reply crosses the boundary wrapped, so a user-facing message survives the transport intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * What a host hands the renderer: one method per channel that resolves with the envelope itself,
 * failures included. The Electron preload exposes this (plain data crosses contextBridge intact,
 * whereas a rejected Error arrives with its message only); the browser host's client builds the
 * same from HTTP replies. The renderer turns either into a StudioApi with one function.
 */
export type StudioEnvelopeApi = { [C in Channel]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>> };

export const CHANNEL_PREFIX = 'studio:';
export const channelNames = Object.keys(contract) as Channel[];
