// How the studio itself signs in to test a connector, kept per connector in the per-user app data
// folder (never in the connector's files, which the platform reads): a fixed port for the loopback
// redirect, for providers that match redirect URIs port and all, and how the client authenticates
// at the token endpoint. Nothing secret is kept here.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StudioError } from '../../../shared/contracts/ipc';
import { connectorKey } from '../connector-key';
import { CLIENT_AUTH_CHOICES, type ClientAuthChoice } from './client-authentication';
import { CALLBACK_PATH } from './loopback-redirect';

export interface SignInOptions {
  /** 1024-65535; absent: a free port the system picks at each sign-in. */
  redirectPort?: number;
  clientAuthentication: ClientAuthChoice;
}

export interface SignInOptionsView extends SignInOptions {
  /** What to register with the provider for signing in from the studio. */
  redirectUri: string;
}

export const DEFAULT_SIGN_IN_OPTIONS: SignInOptions = { clientAuthentication: 'auto' };

export const FILE_NAME = 'oauth-sign-in.json';

interface OptionsFile {
  version: 1;
  connectors: Record<string, { folder: string; redirectPort?: number; clientAuthentication?: ClientAuthChoice }>;
}

export function isRedirectPort(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1024 && n <= 65535;
}

/** The redirect URI to register: with the fixed port, or the port-less loopback URI RFC 8252 §7.3 servers match on any port. */
export function redirectUriFor(port: number | undefined): string {
  return `http://127.0.0.1${port !== undefined ? `:${port}` : ''}${CALLBACK_PATH}`;
}

async function readFile(file: string): Promise<OptionsFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return { version: 1, connectors: {} };
  }
  try {
    const v = JSON.parse(text) as Partial<OptionsFile>;
    if (v && typeof v === 'object' && v.connectors && typeof v.connectors === 'object') return { version: 1, connectors: v.connectors };
  } catch {
    // A broken file holds nothing secret: it is replaced on the next change.
  }
  return { version: 1, connectors: {} };
}

function optionsOf(entry: OptionsFile['connectors'][string] | undefined): SignInOptions {
  const choice = entry?.clientAuthentication;
  return {
    clientAuthentication: choice && CLIENT_AUTH_CHOICES.includes(choice) ? choice : 'auto',
    ...(isRedirectPort(entry?.redirectPort) ? { redirectPort: entry.redirectPort } : {}),
  };
}

export interface SignInOptionsStore {
  get(dir: string): Promise<SignInOptions>;
  set(dir: string, options: SignInOptions): Promise<SignInOptions>;
}

export function createSignInOptionsStore(appDataDir: string): SignInOptionsStore {
  const file = path.join(appDataDir, FILE_NAME);
  let writing: Promise<unknown> = Promise.resolve();
  return {
    async get(dir) {
      const key = await connectorKey(dir);
      return optionsOf((await readFile(file)).connectors[key.hash]);
    },
    async set(dir, options) {
      if (options.redirectPort !== undefined && !isRedirectPort(options.redirectPort)) {
        throw new StudioError(
          'invalid-request',
          `The redirect port must be a whole number from 1024 to 65535; ${String(options.redirectPort)} is not.`,
        );
      }
      const key = await connectorKey(dir);
      const run = writing.then(async () => {
        const data = await readFile(file);
        const entry = {
          folder: key.folder,
          clientAuthentication: options.clientAuthentication,
          ...(options.redirectPort !== undefined ? { redirectPort: options.redirectPort } : {}),
        };
        if (entry.clientAuthentication === 'auto' && entry.redirectPort === undefined) delete data.connectors[key.hash];
        else data.connectors[key.hash] = entry;
        await fs.mkdir(appDataDir, { recursive: true, mode: 0o700 });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await fs.writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
        await fs.rename(tmp, file);
        return optionsOf(data.connectors[key.hash]);
      });
      writing = run.catch(() => undefined);
      return run;
    },
  };
}
